package org.custos.security.api;

/**
 * A facade argument that names the purpose of the use it asks for (a record to enter, data to disclose, an
 * approval to give); the audit entry of the call records that purpose (X2).
 */
public interface ForPurpose {

    Long purposeId();
}

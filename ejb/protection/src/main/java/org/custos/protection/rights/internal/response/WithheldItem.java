package org.custos.protection.rights.internal.response;

/** That a record of a context was withheld and on which exemption ground; never what it holds. */
public record WithheldItem(String context, String recordType, String exemptionGround) {
}

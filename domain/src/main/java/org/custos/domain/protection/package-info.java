/**
 * Entities of the protection context: purposes (the record of processing), the DPM's settings, the breach log,
 * the disclosure log.
 */
package org.custos.domain.protection;

/**
 * Entities of the protection module (tables {@code prot_*}), by sub-area: purposes and the stops of a purpose for a
 * person (L1, L3, D7); settings and the bank holidays the DPM adds (D2, R1-R5); the breach log (X5); rights requests
 * with their pauses, review items, corrections, outcomes, recipients told and response pack (D1-D7), and the evidence
 * an erasure keeps of the copies of the person it removed from them ({@code ErasedCopy}, D5, R6); legal holds and
 * disclosures (D5, D6, R6); the consent ledger ({@code Consent}, its evidence document, L2). The person itself is {@code domain.subject}.
 * <p>
 * Used by the protection module only; other contexts reach this data through protection's {@code api}.
 */
package org.custos.domain.protection;

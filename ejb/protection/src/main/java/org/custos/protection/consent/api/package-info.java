/**
 * The consent ledger (L2, ADR 0015 decision 4): one record of consent for every context, a person's consent to a
 * purpose with the notice version they were given, the exact wording, how and when, the evidence and who recorded it;
 * its withdrawal, one action that stops the purpose for the person from then on, by HR or the DPM or through a rights
 * request (D7), which the withdrawal then names; the evidence kept as a document, downloaded audited. {@link
 * org.custos.protection.consent.api.Consents} is the facade of HR and the DPM; {@link
 * org.custos.protection.consent.api.ConsentLedger} is how the record contexts (recruitment's talent pool, contacts'
 * marketing) and the register's holder read and write it inside their own audited calls.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.consent.api;

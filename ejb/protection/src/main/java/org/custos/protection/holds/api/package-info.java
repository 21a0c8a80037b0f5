/**
 * Legal holds (D5, R6): the DPM holds a person's records in one context or in all, and erasure keeps what a hold
 * covers ({@link org.custos.protection.holds.api.HeldRecords}); the disclosure log (D5, D6): to whom a person's
 * data was disclosed, for what purpose and when, so that recipients can be told of a rectification or erasure. A
 * disclosure may name an organisation of the register by its id; the context that keeps organisations implements the
 * port {@link org.custos.protection.holds.api.DisclosureRecipients} (found with CDI, as the SPI's holders are), which
 * names it and refuses data to a processor without an agreement the DPM approved (X4). Protection depends on no such
 * context: with none deployed, a disclosure naming an organisation is refused.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.holds.api;

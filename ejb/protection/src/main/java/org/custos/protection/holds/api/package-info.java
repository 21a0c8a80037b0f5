/**
 * Legal holds (D5, R6): the DPM holds a person's records in one context or in all, and erasure keeps what a hold
 * covers ({@link org.custos.protection.holds.api.HeldRecords}); the disclosure log (D5, D6): to whom a person's
 * data was disclosed, for what purpose and when, so that recipients can be told of a rectification or erasure.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.holds.api;

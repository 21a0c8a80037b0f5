/**
 * The protection context's API: the people register (S1-S3), purposes and lawful bases (L1, L3), the compliance
 * calendar (D2, N2, X5), the disclosure log (D5, D6) and the personal-data SPI
 * ({@link org.custos.protection.api.PersonalDataHolder}) that every context implements.
 * <p>
 * May use: the domain's shared value types, the security context's {@code api}, Jakarta EE APIs.
 */
package org.custos.protection.api;

/**
 * The personal-data SPI (DESIGN §3, ADR 0003): {@link org.custos.protection.spi.PersonalDataHolder}, implemented
 * once per context as a CDI bean, exports (D3; a field may be marked as another person's data, which a response
 * proposes to redact), erases (D5, R6), restricts (D6) and rectifies (D5) a person's data there, lists what is due
 * for review and destroys one reviewed item of it (R6), and declares the context's retention rules ({@link
 * org.custos.protection.spi.RetentionRule}, R1-R5), how often groups of its records are checked with the person
 * ({@link org.custos.protection.spi.AccuracyReview}, A1), correctable fields, and what its records hold and about
 * whom ({@link org.custos.protection.spi.HeldData}, counted in SQL for a breach's data map, X5, ADR 0012); {@link
 * org.custos.protection.spi.HolderRegistry} finds every holder deployed. Protection lists no context by name: a
 * context joins by implementing the SPI. {@link org.custos.protection.spi.TransferRegister} is a port of the same
 * kind: a context that registers transfers per purpose (relationships) answers the access response's transfers and
 * safeguards. The web never uses this package.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.spi;

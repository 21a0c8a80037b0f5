/**
 * Purposes and their lawful basis (L1), the legitimate-interest assessment (L3), transfers and automated decisions
 * each purpose states (D3), and {@link org.custos.protection.purposes.api.PurposeStops}: the purposes a person
 * stopped by objection or consent withdrawal (D7, L2) and the refusal of a use for them. The purposes are the
 * processing activities of the record of processing: the Art 30 fields no record knows are typed on them
 * ({@link org.custos.protection.purposes.api.Article30Form}), and
 * {@link org.custos.protection.purposes.api.Article30Completeness} names the fields a purpose still lacks.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.purposes.api;

/**
 * The register's facade, its search paged in SQL with the columns a page shows ({@code SubjectSearch}: a bounded
 * number of statements whatever the register's size; the register's size kept in a row by {@code PeopleCount},
 * so that a search without filters counts nobody), its personal-data holder (the master record, its
 * disclosures, stops, consents and holds in the export, D3; erased last, D5) and the fields a rectification may correct (D5).
 * <p>
 * May use: {@code register.api}, the {@code api} of the other sub-areas and {@code spi}, the security module's
 * {@code api}, the entities of {@code domain.subject} and {@code domain.protection}.
 */
package org.custos.protection.register.internal;

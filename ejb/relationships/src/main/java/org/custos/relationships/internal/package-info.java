/**
 * The relationships context's implementation: the facade ({@code DefaultOrganisations}), the rules of an
 * organisation's details ({@code OrganisationChanges}) and of its contacts and services ({@code ContactChanges}), the
 * privacy notice a new contact is owed by where their details came from ({@code ContactNotice}, N2), of
 * marketing to contacts ({@code MarketingRules}: the basis each needs, and whom a list reaches; S3, L2) with the list
 * it filters ({@code MarketingList}), the
 * list paged in SQL ({@code OrganisationList}), the organisation's page ({@code OrganisationViews}, a statement per
 * kind of row), and its part of the personal-data SPI ({@code RelationshipsDataHolder}) with its retention rule
 * ({@code RelationshipsRetention}, R4) and the fields a rectification may correct ({@code ContactCorrections}).
 * The processor register's facade ({@code DefaultProcessors}) applies the states of an agreement's version
 * ({@code AgreementStates}: nothing signed or in force before the DPM's approval of that version), when a processor
 * meets X4's conditions ({@code ProcessorConditions}) and what its record may say ({@code ProcessorChanges}).
 * {@code OrganisationRecipients} implements protection's {@code DisclosureRecipients}: the organisations as recipients
 * of disclosures, named as they are now, and no personal data to a processor without a version of its agreement the
 * DPM approved that has not ended ({@code AgreementStates}, D5, X4).
 * International transfers' facade ({@code DefaultTransfers}) applies {@code TransferRules} (when a mechanism holds
 * and a transfer is safeguarded), reads the transfers without a safeguard in SQL ({@code UnsafeguardedTransfers}) and
 * an organisation's or a purpose's transfers ({@code TransferViews}); {@code RegisteredTransfers} answers
 * protection's {@code TransferRegister} port for the access response.
 * {@code ProcessorDataMap} implements protection's port {@code ProcessorMap}: each processor with what it receives,
 * for a breach's data map (X5, ADR 0012).
 * <p>
 * Erasure takes a person's contact roles at once, whatever the relationship's state: a contact's work details are
 * needed only while we deal with them, and the records of services provided, which R4 keeps, stay without naming
 * them. Restriction (D6) is the register's state: the facade refuses to add a restricted person as a contact or to
 * name them on a service.
 * <p>
 * May use: its own {@code api}, the security and protection contexts' {@code api} and protection's {@code spi}, the
 * domain module (entities of {@code org.custos.domain.relationships}, the shared {@code DataSubject} and value types),
 * Jakarta EE. Nothing outside this module may use it.
 */
package org.custos.relationships.internal;

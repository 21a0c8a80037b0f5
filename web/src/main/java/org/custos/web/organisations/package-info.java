/**
 * The organisations pages (K1, R4; issue 16), HR's (the office manager's) and the DPM's: the list of clients,
 * customers and suppliers ({@code list.xhtml}, lazy, filtered by kind, status and name, exported to CSV) and an
 * organisation's page ({@code organisation.xhtml?id=N}; without an id, the form of a new one): its details and their
 * form ({@link org.custos.web.organisations.OrganisationPage}), its contacts with the form adding a person found or
 * registered in the register ({@link org.custos.web.organisations.OrganisationContactsSection}, S1), and the services
 * provided to it ({@link org.custos.web.organisations.OrganisationServicesSection}), the form changing or ending a
 * contact and recording their marketing basis or its withdrawal
 * ({@link org.custos.web.organisations.OrganisationContactChangeSection}), the disclosures of personal data to it
 * ({@link org.custos.web.organisations.OrganisationDisclosuresSection}, D5, lazy), its transfers outside the UK and
 * the form recording each country's safeguard ({@link org.custos.web.organisations.OrganisationTransfersSection}); the
 * organisation a disclosure goes to is typed on a person's page ({@link org.custos.web.organisations.OrganisationChoices});
 * the marketing list of a kind of contact, on screen and as CSV ({@code marketing.xhtml}, {@link org.custos.web.organisations.MarketingListPage}, L2, S3). A
 * refused form keeps what was typed.
 * <p>
 * The processor register (X4): on an organisation's page ({@code WEB-INF/includes/organisations/processor.xhtml}) its
 * record as our processor and the form recording or changing it, whose data it receives ticked as the register's
 * categories of people with a note on anyone else ({@link org.custos.web.organisations.ProcessorSection}), the seven
 * conditions met or not with the form recording a condition's evidence and a button withdrawing it
 * ({@link org.custos.web.organisations.ProcessorConditionsSection}), its sub-processors found by name, each with a
 * button removing it ({@link org.custos.web.organisations.SubProcessorsSection}; both buttons ask first) and its
 * agreement's versions, proposed, changed, sent to the DPM, approved by the DPM alone, signed, in force and ended (an
 * ended one says how: replaced by a later one, or the data returned)
 * ({@link org.custos.web.organisations.ProcessorAgreementsSection}; a link may name the version to open, as the DPM's
 * home page does); the register of processors ({@code processors.xhtml},
 * {@link org.custos.web.organisations.ProcessorRegisterPage}), lazy and paged in SQL, with a column per condition met
 * or not in colour and words, the next review (overdue marked) and the latest version's state. A page read before
 * someone else's change is refused with its message; a refused form keeps what was typed.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and the web's {@code shell}.
 */
package org.custos.web.organisations;

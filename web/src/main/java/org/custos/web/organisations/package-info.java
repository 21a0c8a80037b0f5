/**
 * The organisations pages (K1, R4; issue 16), HR's (the office manager's) and the DPM's: the list of clients,
 * customers and suppliers ({@code list.xhtml}, lazy, filtered by kind, status and name, exported to CSV) and an
 * organisation's page ({@code organisation.xhtml?id=N}; without an id, the form of a new one): its details and their
 * form ({@link org.custos.web.organisations.OrganisationPage}), its contacts with the form adding a person found or
 * registered in the register ({@link org.custos.web.organisations.OrganisationContactsSection}, S1), and the services
 * provided to it ({@link org.custos.web.organisations.OrganisationServicesSection}), the form changing or ending a
 * contact and recording their marketing basis or its withdrawal
 * ({@link org.custos.web.organisations.OrganisationContactChangeSection}), its transfers outside the UK and the form
 * recording each country's safeguard ({@link org.custos.web.organisations.OrganisationTransfersSection}); the
 * marketing list of a kind of contact,
 * on screen and as CSV ({@code marketing.xhtml}, {@link org.custos.web.organisations.MarketingListPage}, L2, S3). A
 * refused form keeps what was typed.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and the web's {@code shell}.
 */
package org.custos.web.organisations;

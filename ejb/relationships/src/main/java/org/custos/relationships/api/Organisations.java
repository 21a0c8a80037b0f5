package org.custos.relationships.api;

import org.custos.domain.shared.ConsentMethod;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.Page;
import org.custos.security.api.RecordId;
import org.custos.security.api.SubjectId;

/**
 * Organisations and their contacts (K1), HR (the office manager) and the DPM: recorded, changed, listed; a contact is a
 * person in the register (S1) who gains the contact's category; a service provided is recorded for the organisation,
 * optionally for one of its contacts.
 */
@Local
public interface Organisations {

    OrganisationView organisation(@RecordId long organisationId);

    /**
     * Records an organisation.
     *
     * @throws org.custos.security.api.RequestRefused when its dates or status do not fit together
     */
    OrganisationView create(@NotNull @Valid OrganisationDetailsForm form);

    /**
     * Changes an organisation's details.
     *
     * @throws org.custos.security.api.ConcurrentChange when it changed since {@code version} was read
     * @throws org.custos.security.api.RequestRefused when its dates or status do not fit together
     */
    OrganisationView update(@RecordId long organisationId, long version, @NotNull @Valid OrganisationDetailsForm form);

    /** A page of organisations by name, of a kind or a status. */
    Page<OrganisationSummary> search(@NotNull @Valid OrganisationQuery query);

    /**
     * Adds a contact, a person in the register who gains the contact's category (S2).
     *
     * @throws org.custos.security.api.RequestRefused when the organisation is not of the contact's kind, the person is
     *         already its contact of that kind, or the dates do not fit
     * @throws org.custos.security.api.AccessRefused when the person's data is restricted (D6)
     */
    OrganisationView addContact(@RecordId long organisationId, @NotNull @Valid ContactForm form);

    /**
     * Records a service provided to the organisation, optionally for one of its contacts.
     *
     * @throws org.custos.security.api.RequestRefused when the person named is not its contact
     * @throws org.custos.security.api.AccessRefused when that person's data is restricted (D6)
     */
    OrganisationView recordService(@RecordId long organisationId, @NotNull @Valid ServiceForm form);

    /**
     * Changes a contact's role, work details or dates; an end date ends them at the organisation.
     *
     * @throws org.custos.security.api.ConcurrentChange when the contact changed since {@code version} was read
     * @throws org.custos.security.api.RequestRefused when the dates do not fit
     * @throws org.custos.security.api.AccessRefused when the person's data is restricted (D6)
     */
    OrganisationView changeContact(@RecordId long organisationId, long contactId, long version,
            @NotNull @Valid ContactChangeForm form);

    /**
     * Records a contact's marketing basis (L2), consent or the soft opt-in, in place of any earlier one.
     *
     * @throws org.custos.security.api.ConcurrentChange when the contact changed since {@code version} was read
     * @throws org.custos.security.api.RequestRefused when the basis lacks what it needs or does not apply
     * @throws org.custos.security.api.AccessRefused when the person's data is restricted (D6)
     */
    OrganisationView recordMarketingBasis(@RecordId long organisationId, long contactId, long version,
            @NotNull @Valid MarketingBasisForm form);

    /**
     * Records that the contact withdrew their consent or opted out, from today (L2); also while their data is
     * restricted (D6), since it only stops a use.
     *
     * @throws org.custos.security.api.ConcurrentChange when the contact changed since {@code version} was read
     * @throws org.custos.security.api.RequestRefused when no basis is in force
     */
    OrganisationView withdrawMarketing(@RecordId long organisationId, long contactId, long version,
            ConsentMethod how);

    /**
     * The contacts of one kind we may send marketing to today (L2, S3): never anyone who asked not to be contacted,
     * whose data is restricted, or without a basis in force.
     */
    List<MarketingContact> marketingList(@NotNull OrganisationKind kind);

    /** A person's contact roles, for their register page. */
    List<ContactRole> contactRolesOf(@SubjectId long subjectId);
}

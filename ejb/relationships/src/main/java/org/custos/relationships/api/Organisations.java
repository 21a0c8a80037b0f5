package org.custos.relationships.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.custos.domain.shared.Page;
import org.custos.security.api.RecordId;

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
}

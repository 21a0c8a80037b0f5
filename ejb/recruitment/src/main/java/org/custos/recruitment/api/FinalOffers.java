package org.custos.recruitment.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.custos.security.api.RecordId;

/**
 * The final offer (C2), HR and the DPM: the bank details it asks for, encrypted at rest (X3), and the
 * applicant's emergency contacts, people in the register. Nothing is recorded while the applicant's data is
 * restricted (D6).
 */
@Local
public interface FinalOffers {

    /** The offer with the account number masked, or none yet. */
    OfferView offer(@RecordId long applicationId);

    /** @throws org.custos.security.api.ConcurrentChange when the offer changed since {@code version} was read */
    OfferView recordBankDetails(@RecordId long applicationId, Long version, @NotNull @Valid BankDetailsForm form);

    /** Names an emergency contact, who gains the category emergency contact. */
    OfferView addEmergencyContact(@RecordId long applicationId, @NotNull @Valid EmergencyContactForm form);
}

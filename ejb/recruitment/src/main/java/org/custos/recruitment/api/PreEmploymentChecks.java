package org.custos.recruitment.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.custos.security.api.RecordId;

/**
 * The pre-employment checks a conditional offer starts (C2), HR and the DPM: proofs of identity and of
 * qualifications (their copies are the application's documents), references, and the criminal-records
 * declaration and health questionnaire, which are sensitive records behind the DPM's approval gate (L4).
 * Nothing is recorded while the applicant's data is restricted (D6).
 */
@Local
public interface PreEmploymentChecks {

    ChecksView checks(@RecordId long applicationId);

    /** Records the proof of identity as checked, over the application's {@code version} the user saw. */
    ChecksView identityChecked(@RecordId long applicationId, long version,
            @NotNull(message = "Enter the day the identity was checked.")
            @PastOrPresent(message = "A check cannot be recorded before it happens.") LocalDate on);

    /** Records the proofs of qualifications as checked, over the application's {@code version} the user saw. */
    ChecksView qualificationsChecked(@RecordId long applicationId, long version,
            @NotNull(message = "Enter the day the qualifications were checked.")
            @PastOrPresent(message = "A check cannot be recorded before it happens.") LocalDate on);

    /** Asks a referee (a person in the register, who gains the category referee) for a reference. */
    ChecksView referenceRequested(@RecordId long applicationId, @NotNull @Valid ReferenceForm form);

    ChecksView referenceReceived(@RecordId long applicationId, long referenceId, long version,
            @NotNull(message = "Enter the day the reference arrived.")
            @PastOrPresent(message = "A reference cannot arrive in the future.") LocalDate on);

    /**
     * Records the criminal-records declaration or the health questionnaire through the approval gate: the
     * campaign's approval for its conditional offers, or one for the person, must be in force.
     *
     * @throws org.custos.security.api.AccessRefused (audited) without an approval in force
     */
    ChecksView declare(@RecordId long applicationId, @NotNull @Valid DeclarationForm form);

    /** The group an approval for every conditional offer of the application's campaign names (L4). */
    ApprovalGroup approvalGroup(@RecordId long applicationId);
}

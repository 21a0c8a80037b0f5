package org.custos.complaints.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.PlausibleDate;
import org.custos.protection.register.api.ChosenPerson;

/**
 * A complaint as logged (P1): the complainant (found in the register, or someone new, registered with the complaint,
 * S1), when and how it arrived, its kind, what it is about (a member of staff, a service or a decision, in a line) and
 * the people it concerns (people in the register), its words, whether the complainant asked not to be named to the
 * person it is about, the rights request or breach it relates to, and the accounts named to handle it (X1).
 */
public record ComplaintForm(
        @NotNull(message = "Choose the complainant.") @Valid ChosenPerson complainant,
        @NotNull(message = "Enter the day the complaint was received.")
        @PlausibleDate("The day the complaint was received") LocalDate receivedOn,
        @NotNull(message = "Choose how the complaint arrived.") ComplaintChannel channel,
        @NotNull(message = "Choose the kind of complaint.") ComplaintKind kind,
        @NotNull(message = "Choose what the complaint is about.") ComplaintAbout about,
        @Size(max = ComplaintLimits.ABOUT, message = "What it is about must have at most {max} characters.")
        String aboutText,
        @Size(max = ComplaintLimits.PEOPLE_NAMED, message = "A complaint may name at most {max} people.")
        List<@NotNull Long> peopleNamed,
        @NotBlank(message = "Enter what the complaint says.")
        @Size(max = ComplaintLimits.TEXT, message = "The complaint must have at most {max} characters.")
        String text,
        boolean anonymityRequested,
        Long rightsRequestId,
        Long breachId,
        @NotEmpty(message = "Name at least one handler.")
        @Size(max = ComplaintLimits.HANDLERS, message = "Name at most {max} handlers.")
        Set<@NotBlank String> handlers) implements Serializable {
}

package org.custos.complaints.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintKind;
import org.custos.protection.register.api.SentPerson;

/**
 * A complaint sent in by another system (the website's form, P1): the complainant as they gave themselves, its
 * kind, what it is about, its words, and whether they asked not to be named to the person it is about. It arrived
 * by web form, today.
 */
public record ReceivedComplaint(
        @NotNull(message = "Give the complainant's details.") @Valid SentPerson complainant,
        @NotNull(message = "Choose the kind of complaint.") ComplaintKind kind,
        @NotNull(message = "Choose what the complaint is about.") ComplaintAbout about,
        @Size(max = ComplaintLimits.ABOUT, message = "What it is about must have at most {max} characters.")
        String aboutText,
        @NotBlank(message = "Enter what the complaint says.")
        @Size(max = ComplaintLimits.TEXT, message = "The complaint must have at most {max} characters.")
        String text,
        boolean anonymityRequested) implements Serializable {
}

package org.custos.relationships.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.PlausibleDate;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.security.api.EmailAddress;

/**
 * A contact at an organisation as typed: the person (found in the register, or someone new, registered with the
 * contact, S1), as which kind's contact, their role there, work email and phone, their own start and end there; where
 * their details came from (N2, no default: someone chooses) and, when from the person themselves, how they were given
 * the privacy notice (the rule of {@code ContactNotice}).
 */
public record ContactForm(
        @NotNull(message = "Choose the person.") @Valid ChosenPerson person,
        @NotNull(message = "Choose whether they are a client, customer or supplier contact.") OrganisationKind kind,
        @Size(max = 200, message = "The role must have at most {max} characters.")
        String role,
        @EmailAddress String workEmail,
        @Size(max = 40, message = "The work phone must have at most {max} characters.")
        @Pattern(regexp = "[0-9 +()-]*", message = "The work phone may contain digits, spaces and + ( ) - only.")
        String workPhone,
        @PlausibleDate(value = "The contact's start", span = PlausibleDate.Span.CALENDAR) LocalDate startsOn,
        @PlausibleDate(value = "The contact's end", span = PlausibleDate.Span.CALENDAR) LocalDate endsOn,
        @NotNull(message = "Choose where the contact's details came from.") ContactSource source,
        NoticeMethod noticeGiven) implements Serializable {
}

package org.custos.relationships.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.PlausibleDate;
import org.custos.security.api.EmailAddress;

/**
 * A contact's work details as changed: their role, work email and phone, and their own start and end at the
 * organisation; an end date ends them there. The person and the kind of contact stay as they were added.
 */
public record ContactChangeForm(
        @Size(max = 200, message = "The role must have at most {max} characters.")
        String role,
        @EmailAddress String workEmail,
        @Size(max = 40, message = "The work phone must have at most {max} characters.")
        @Pattern(regexp = "[0-9 +()-]*", message = "The work phone may contain digits, spaces and + ( ) - only.")
        String workPhone,
        @PlausibleDate(value = "The contact's start", span = PlausibleDate.Span.CALENDAR) LocalDate startsOn,
        @PlausibleDate(value = "The contact's end", span = PlausibleDate.Span.CALENDAR) LocalDate endsOn)
        implements Serializable {
}

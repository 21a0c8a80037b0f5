package org.custos.protection.calendar.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.PlausibleDate;

/** A bank holiday to add: the day and its name, as proclaimed. */
public record BankHolidayForm(
        @NotNull(message = "Enter the day of the bank holiday.")
        @PlausibleDate(value = "The bank holiday", span = PlausibleDate.Span.CALENDAR) LocalDate day,
        @NotBlank(message = "Enter the bank holiday's name.")
        @Size(max = 200, message = "The name must have at most {max} characters.") String name)
        implements Serializable {
}

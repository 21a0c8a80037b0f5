package org.custos.protection.calendar.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The bank holidays every deadline skips (D2, N2): the England-and-Wales days shipped with Custos (2020-2030) and
 * the days the DPM or the administrator add, such as a one-off holiday proclaimed later or a later year's days.
 */
@Local
public interface BankHolidayCalendar {

    /** The bank holidays from the first of January of {@code fromYear} on, in order. */
    List<BankHolidayView> from(int fromYear);

    /** @throws org.custos.security.api.RequestRefused for a weekend day or a day that is already a bank holiday */
    List<BankHolidayView> add(@NotNull @Valid BankHolidayForm form);

    /** @throws org.custos.security.api.RequestRefused for a day shipped with Custos, or not a bank holiday */
    List<BankHolidayView> remove(@NotNull(message = "Choose the day.") LocalDate day);
}

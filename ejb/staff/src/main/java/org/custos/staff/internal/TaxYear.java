package org.custos.staff.internal;

import java.time.LocalDate;
import java.time.MonthDay;

/** The UK tax year (R3's payroll and statutory pay clocks): it runs from 6 April to 5 April of the next year. */
final class TaxYear {

    private static final MonthDay LAST_DAY = MonthDay.of(4, 5);

    private TaxYear() {
    }

    /** The last day of the tax year {@code day} falls in: 5 April of its year, or of the next from 6 April on. */
    static LocalDate endOf(LocalDate day) {
        LocalDate end = LAST_DAY.atYear(day.getYear());
        return day.isAfter(end) ? end.plusYears(1) : end;
    }
}

package org.custos.staff.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.RetentionRule;

/**
 * R3: a staff file is kept for the employment, then for its period after the leaving date (6 years by default, a
 * setting). The other record groups of the staff file (right to work, payroll, HR cases) will declare their own
 * rules here, each with its own clock (ADR 0010).
 */
final class StaffRetention {

    /** R3: the staff file, from the leaving date. */
    static final RetentionRule STAFF_FILE = new RetentionRule(DataContext.STAFF, "retention.staff-file", "R3",
            "Keep a former member of staff's file after they leave", "Leaving date", Period.ofYears(6));

    /** The rules the staff context declares through the SPI. */
    static final List<RetentionRule> RULES = List.of(STAFF_FILE);

    private StaffRetention() {
    }

    /** When a file with this leaving date falls due for review; none while the engagement continues. */
    static Optional<LocalDate> reviewOn(LocalDate leavingDate, Period period) {
        return Optional.ofNullable(leavingDate).map(left -> left.plus(period));
    }
}

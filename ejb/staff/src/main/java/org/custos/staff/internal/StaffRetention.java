package org.custos.staff.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.WarningLevel;
import org.custos.protection.spi.RetentionRule;

/**
 * R3: a staff file is kept for the employment, then for its period after the leaving date (6 years by default, a
 * setting); an HR case's details until its warning expires, each level's period a setting ({@link #warning}), then
 * only its summary; sickness absences for their own period after the leaving date. The other record groups of the staff file (right to work, payroll) will declare their own
 * rules here, each with its own clock (ADR 0010).
 */
final class StaffRetention {

    /** R3: the staff file, from the leaving date. */
    static final RetentionRule STAFF_FILE = new RetentionRule(DataContext.STAFF, "retention.staff-file", "R3",
            "Keep a former member of staff's file after they leave", "Leaving date", Period.ofYears(6));

    /**
     * R3: an HR case's details after a verbal warning, from the decision: the warning's life, after which only the
     * case's summary is kept. Each level's period is its own setting, the default of the warning's expiry.
     */
    static final RetentionRule VERBAL_WARNING = new RetentionRule(DataContext.STAFF, "retention.warning-verbal", "R3",
            "Keep an HR case's details after a verbal warning (the warning expires then)", "Warning given",
            Period.ofMonths(3));

    /** R3: an HR case's details after a first written warning. */
    static final RetentionRule FIRST_WRITTEN_WARNING = new RetentionRule(DataContext.STAFF,
            "retention.warning-first-written", "R3",
            "Keep an HR case's details after a first written warning (the warning expires then)", "Warning given",
            Period.ofMonths(6));

    /** R3: an HR case's details after a final written warning. */
    static final RetentionRule FINAL_WRITTEN_WARNING = new RetentionRule(DataContext.STAFF,
            "retention.warning-final-written", "R3",
            "Keep an HR case's details after a final written warning (the warning expires then)", "Warning given",
            Period.ofMonths(12));

    /**
     * R3: sickness absences and their health details, from the leaving date (6 years by default, a setting): the
     * limitation period of the claims they are evidence in (contract, disability discrimination heard late), which
     * also covers HMRC's three years after the tax year for Statutory Sick Pay (ADR 0010 §8).
     */
    static final RetentionRule SICKNESS_ABSENCE = new RetentionRule(DataContext.STAFF, "retention.sickness-absence",
            "R3", "Keep a former member of staff's sickness absences and their health details after they leave",
            "Leaving date", Period.ofYears(6));

    /** The rules the staff context declares through the SPI. */
    static final List<RetentionRule> RULES = List.of(STAFF_FILE, VERBAL_WARNING, FIRST_WRITTEN_WARNING,
            FINAL_WRITTEN_WARNING, SICKNESS_ABSENCE);

    private StaffRetention() {
    }

    /** When a file with this leaving date falls due for review; none while the engagement continues. */
    static Optional<LocalDate> reviewOn(LocalDate leavingDate, Period period) {
        return Optional.ofNullable(leavingDate).map(left -> left.plus(period));
    }

    /** The rule whose setting holds how long a warning of this level lasts. */
    static RetentionRule warning(WarningLevel level) {
        return switch (level) {
            case VERBAL -> VERBAL_WARNING;
            case FIRST_WRITTEN -> FIRST_WRITTEN_WARNING;
            case FINAL_WRITTEN -> FINAL_WRITTEN_WARNING;
        };
    }
}

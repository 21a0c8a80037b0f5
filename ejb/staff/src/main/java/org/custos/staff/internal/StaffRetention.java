package org.custos.staff.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.WarningLevel;
import org.custos.protection.calendar.api.PeriodText;
import org.custos.protection.spi.Disposal;
import org.custos.protection.spi.RetentionRule;
import org.custos.staff.api.RetentionDatesView;

/**
 * R3: a staff file is kept for the employment, then for its period after the leaving date (6 years by default, a
 * setting). The other record groups of the staff file declare their own rules here, each with its own setting and
 * clock (ADR 0010): an HR case's details until its warning expires, each level's period a setting ({@link #warning}),
 * then only its summary; sickness absences from the leaving date; right-to-work copies from the leaving date; payroll (PAYE) and statutory maternity and
 * paternity pay records from the end of the tax year they relate to; National Minimum Wage records from the end of
 * the pay reference period they cover. The staff file holds no payroll, statutory pay or minimum wage records yet:
 * those rules are declared, with their clocks, for the records to come. Records of services provided are kept with
 * no period, so they have no rule. The groups counted from the leaving date are listed, by name, for HR to see until
 * when each is kept ({@link #keptUntil}).
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
            Period.ofMonths(3), Disposal.SUMMARISE);

    /** R3: an HR case's details after a first written warning. */
    static final RetentionRule FIRST_WRITTEN_WARNING = new RetentionRule(DataContext.STAFF,
            "retention.warning-first-written", "R3",
            "Keep an HR case's details after a first written warning (the warning expires then)", "Warning given",
            Period.ofMonths(6), Disposal.SUMMARISE);

    /** R3: an HR case's details after a final written warning. */
    static final RetentionRule FINAL_WRITTEN_WARNING = new RetentionRule(DataContext.STAFF,
            "retention.warning-final-written", "R3",
            "Keep an HR case's details after a final written warning (the warning expires then)", "Warning given",
            Period.ofMonths(12), Disposal.SUMMARISE);

    /** R3: copies of the documents of right-to-work checks, from the leaving date (the end of the employment). */
    static final RetentionRule RIGHT_TO_WORK_COPIES = new RetentionRule(DataContext.STAFF,
            "retention.staff-right-to-work", "R3", "Keep copies of a former member of staff's right-to-work documents",
            "Leaving date", Period.ofYears(2));

    /** R3: payroll (PAYE) records, from the end of the tax year they relate to. */
    static final RetentionRule PAYROLL = new RetentionRule(DataContext.STAFF, "retention.staff-payroll", "R3",
            "Keep payroll (PAYE) records", "End of the tax year the record relates to", Period.ofYears(3));

    /** R3: National Minimum Wage records, from the end of the pay reference period they cover. */
    static final RetentionRule MINIMUM_WAGE = new RetentionRule(DataContext.STAFF, "retention.staff-minimum-wage",
            "R3", "Keep National Minimum Wage records", "End of the pay reference period the record covers",
            Period.ofYears(6));

    /** R3: statutory maternity and paternity pay records, from the end of the tax year they relate to. */
    static final RetentionRule STATUTORY_PAY = new RetentionRule(DataContext.STAFF, "retention.staff-statutory-pay",
            "R3", "Keep statutory maternity and paternity pay records", "End of the tax year the pay relates to",
            Period.ofYears(3));

    /**
     * R3: sickness absences and their health details, from the leaving date (6 years by default, a setting): the
     * limitation period of the claims they are evidence in (contract, disability discrimination heard late), which
     * also covers HMRC's three years after the tax year for Statutory Sick Pay (ADR 0010 §10).
     */
    static final RetentionRule SICKNESS_ABSENCE = new RetentionRule(DataContext.STAFF, "retention.sickness-absence",
            "R3", "Keep a former member of staff's sickness absences and their health details after they leave",
            "Leaving date", Period.ofYears(6));

    /** The rules the staff context declares through the SPI. */
    static final List<RetentionRule> RULES = List.of(STAFF_FILE, VERBAL_WARNING, FIRST_WRITTEN_WARNING,
            FINAL_WRITTEN_WARNING, SICKNESS_ABSENCE, RIGHT_TO_WORK_COPIES, PAYROLL, MINIMUM_WAGE, STATUTORY_PAY);

    /**
     * The record groups a staff file holds whose clock starts on the leaving date, each by the name HR reads and its
     * rule: what HR sees once a leaving date is recorded ({@link #keptUntil}).
     */
    static final List<LeavingClock> FROM_LEAVING_DATE = List.of(new LeavingClock("The staff file", STAFF_FILE),
            new LeavingClock("Right-to-work copies", RIGHT_TO_WORK_COPIES),
            new LeavingClock("Sickness absences and their health details", SICKNESS_ABSENCE));

    /** A record group counted from the leaving date, by name, and its rule. */
    record LeavingClock(String group, RetentionRule rule) {
    }

    private StaffRetention() {
    }

    /**
     * Until when each group counted from the leaving date is kept, its period read through {@code periods} (the
     * settings); no date while the engagement continues.
     */
    static List<RetentionDatesView.Group> keptUntil(LocalDate leavingDate, Function<RetentionRule, Period> periods) {
        return FROM_LEAVING_DATE.stream().map(clock -> {
            Period period = periods.apply(clock.rule());
            return new RetentionDatesView.Group(clock.group(), PeriodText.of(period),
                    reviewOn(leavingDate, period).orElse(null));
        }).toList();
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

    /** When a payroll or statutory pay record of {@code relatesTo} falls due: its period after that tax year ends. */
    static LocalDate afterTaxYear(LocalDate relatesTo, Period period) {
        return TaxYear.endOf(relatesTo).plus(period);
    }

    /** When a National Minimum Wage record falls due: its period after the pay reference period it covers ends. */
    static LocalDate afterPayReferencePeriod(LocalDate periodEnds, Period period) {
        return periodEnds.plus(period);
    }
}

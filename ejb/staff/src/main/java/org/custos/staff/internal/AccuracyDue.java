package org.custos.staff.internal;

import java.time.LocalDate;
import java.time.Period;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.domain.shared.OrganisationTime;

/**
 * A1: when a group of a member of staff's record is due for them to confirm: its interval after they last confirmed
 * it (or HR applied a change they reported to it), or after their staff file opened if it was never confirmed; due
 * on that day and after. {@code StaleRecords} asks the same of every file in one statement.
 */
final class AccuracyDue {

    private AccuracyDue() {
    }

    /** The day the group falls due; {@code lastConfirmed} is null when it was never confirmed. */
    static LocalDate dueOn(LocalDate opened, LocalDate lastConfirmed, Period interval) {
        return (lastConfirmed == null ? opened : lastConfirmed).plus(interval);
    }

    static boolean isDue(LocalDate opened, LocalDate lastConfirmed, Period interval, LocalDate today) {
        return !dueOn(opened, lastConfirmed, interval).isAfter(today);
    }

    /** What the member of staff reads while the group is due. */
    static String prompt(AccuracyGroup group, LocalDate opened, LocalDate lastConfirmed) {
        return "Please check your " + group.label() + ": " + (lastConfirmed == null
                ? "not confirmed since your staff file was opened on " + OrganisationTime.DAY.format(opened)
                : "last confirmed " + OrganisationTime.DAY.format(lastConfirmed)) + ".";
    }
}

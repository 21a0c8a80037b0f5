package org.custos.complaints.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Predicate;

/**
 * P1 (DPA 2018 s.164A; the ICO's guidance): a complaint is acknowledged within its period (30 days by default, a
 * setting) counted from the day after receipt, so the period's last day is the day of receipt plus the period; a
 * last day on a weekend or a bank holiday moves to the next working day. No acknowledgement of its own is needed
 * when the outcome was sent within that time.
 */
final class AcknowledgementDeadline {

    private AcknowledgementDeadline() {
    }

    /** The last day to acknowledge a complaint received on {@code receivedOn}. */
    static LocalDate due(LocalDate receivedOn, Period period, Predicate<LocalDate> workingDay) {
        LocalDate due = receivedOn.plus(period);
        while (!workingDay.test(due)) {
            due = due.plusDays(1);
        }
        return due;
    }

    /** Whether an acknowledgement is needed: unless the outcome was sent by the due date. */
    static boolean needed(LocalDate due, LocalDate outcomeOn) {
        return outcomeOn == null || outcomeOn.isAfter(due);
    }
}

package org.custos.protection.notices.internal;

import static org.custos.domain.shared.OrganisationTime.DAY;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.protection.NoticeGiven;
import org.custos.protection.notices.api.NoticeVersionSummary;

/**
 * When a notice given or owed may be recorded (N2): given or obtained on a day that has come, not before the data was
 * obtained; a first communication or disclosure only for a notice still owed for data obtained from someone else, on
 * or after the day it was obtained. The deadline itself is the calendar's ({@code ComplianceCalendar.noticeDue}).
 */
final class NoticeGivenRules {

    private NoticeGivenRules() {
    }

    /** Why a notice cannot be given on {@code on} (to the person owed {@code owed}, or null), or nothing. */
    static Optional<String> givenRefusal(LocalDate on, NoticeGiven owed, LocalDate today) {
        if (on.isAfter(today)) {
            return Optional.of("A notice cannot be recorded as given on a day still to come: " + DAY.format(on)
                    + " is after today.");
        }
        if (owed != null && on.isBefore(owed.obtainedOn())) {
            return Optional.of("The notice cannot be given before the data was obtained, on "
                    + DAY.format(owed.obtainedOn()) + ".");
        }
        return Optional.empty();
    }

    /** Why data cannot be recorded as obtained on {@code on}, or nothing. */
    static Optional<String> obtainedRefusal(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            return Optional.of("Data cannot be recorded as obtained on a day still to come: " + DAY.format(on)
                    + " is after today.");
        }
        return Optional.empty();
    }

    /** Why the first communication or disclosure cannot be recorded on {@code on} for {@code row}, or nothing. */
    static Optional<String> firstContactRefusal(NoticeGiven row, LocalDate on, LocalDate today) {
        if (!row.owed()) {
            return Optional.of("The notice was given on " + DAY.format(row.givenOn()) + ": it is no longer owed.");
        }
        if (row.fromPerson()) {
            return Optional.of("The data came from the person: the notice was due when it was collected.");
        }
        if (on.isAfter(today)) {
            return Optional.of("A communication or disclosure cannot be recorded on a day still to come: "
                    + DAY.format(on) + " is after today.");
        }
        if (on.isBefore(row.obtainedOn())) {
            return Optional.of("The first communication or disclosure cannot come before the data was obtained, on "
                    + DAY.format(row.obtainedOn()) + ".");
        }
        if (row.firstContactOn() != null && !on.isBefore(row.firstContactOn())) {
            return Optional.of("The first communication or disclosure is already recorded, on "
                    + DAY.format(row.firstContactOn()) + ".");
        }
        return Optional.empty();
    }

    /** Why {@code to} cannot be sent to everyone who had {@code from}, or nothing ({@code to} is issued). */
    static Optional<String> sendRefusal(NoticeVersionSummary from, NoticeVersionSummary to, LocalDate on,
            LocalDate today) {
        if (from.noticeId() != to.noticeId()) {
            return Optional.of(from.title() + " and " + to.title() + " are versions of different notices.");
        }
        if (from.number() >= to.number()) {
            return Optional.of("Send a newer version than " + from.title() + ".");
        }
        return givenRefusal(on, null, today);
    }
}

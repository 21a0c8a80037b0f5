package org.custos.domain.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * R7: when a record may be kept anonymised, and how coarse its dates must become. A record is kept only in a group
 * of at least {@code k} people that share what stays of it (its quasi-identifiers: for an application, the
 * campaign, the outcome, the kind of source and the period it was received in); its dates are kept to the month
 * when the month's group holds {@code k} people, else to the year when the year's group does, else the record is
 * destroyed instead, since what would stay of it could single someone out. {@code k} is a setting (the compliance
 * calendar's {@code calendar.anonymity-group-size}, {@value #DEFAULT_K} by default). A hash of a name is
 * pseudonymisation, not anonymisation, and has no place here. Any context may use it.
 */
public record Anonymity(int k) {

    /** The default of the setting: the fewest people an anonymised group may hold. */
    public static final int DEFAULT_K = 5;

    /** How precisely an anonymised record keeps a date. */
    public enum Precision {
        MONTH("to the month"),
        YEAR("to the year");

        private final String label;

        Precision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The first day of the date's month or year: all that stays of it. */
        public LocalDate coarsen(LocalDate date) {
            return this == MONTH ? date.withDayOfMonth(1) : date.withDayOfYear(1);
        }
    }

    public Anonymity {
        if (k < 2) {
            throw new IllegalArgumentException("An anonymised group must hold at least 2 people, not " + k + ".");
        }
    }

    /**
     * How coarse the record's dates become, or empty when even the year's group is too small and the record is to
     * be destroyed instead.
     *
     * @param peopleInMonth the people of the record's group (itself among them) when its date is kept to the month
     * @param peopleInYear the same when its date is kept to the year (never fewer than in the month)
     */
    public Optional<Precision> precision(long peopleInMonth, long peopleInYear) {
        if (peopleInMonth >= k) {
            return Optional.of(Precision.MONTH);
        }
        if (peopleInYear >= k) {
            return Optional.of(Precision.YEAR);
        }
        return Optional.empty();
    }
}

package org.custos.web.health;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long an open rights request has left before its due day (D2), in the bands the sysadmin's monitoring counts:
 * past the due day, due within a week (the due day itself counts as 0 days left), within two weeks, later.
 */
enum DaysLeft {

    OVERDUE("overdue"), UP_TO_7("0-7"), FROM_8_TO_14("8-14"), MORE("15+");

    private final String tag;

    DaysLeft(String tag) {
        this.tag = tag;
    }

    /** The value of the {@code days_left} tag. */
    String tag() {
        return tag;
    }

    static DaysLeft of(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        return days < 0 ? OVERDUE : days <= 7 ? UP_TO_7 : days <= 14 ? FROM_8_TO_14 : MORE;
    }
}

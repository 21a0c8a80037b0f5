package org.custos.protection.calendar.api;

import java.time.Period;

/** A period as people read it: "6 months", "1 year 3 months". */
public final class PeriodText {

    private PeriodText() {
    }

    public static String of(Period period) {
        StringBuilder text = new StringBuilder();
        append(text, period.getYears(), "year");
        append(text, period.getMonths(), "month");
        append(text, period.getDays(), "day");
        return text.toString();
    }

    private static void append(StringBuilder text, int amount, String unit) {
        if (amount != 0) {
            text.append(text.isEmpty() ? "" : " ").append(amount).append(' ').append(unit)
                    .append(amount == 1 ? "" : "s");
        }
    }
}

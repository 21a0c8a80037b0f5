package org.custos.protection.calendar.api;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods as people read and write them: "6 months", "1 year 3 months", "72 hours". The settings keep their
 * periods as ISO-8601 text (P6M, PT72H; OFF for a reminder turned off): {@link #words(String)} shows that text in
 * words and {@link #iso(String)} reads words back, the one translation between the two.
 */
public final class PeriodText {

    /** What a reminder's lead time reads when it is turned off. */
    public static final String OFF_WORD = "off";

    private static final String OFF = "OFF";
    private static final Pattern PART = Pattern.compile("(\\d{1,6})\\s*(year|month|week|day|hour|minute)s?");
    private static final Pattern SEPARATOR = Pattern.compile("(\\s*,\\s*|\\s+and\\s+|\\s+)");

    private PeriodText() {
    }

    public static String of(Period period) {
        StringBuilder text = new StringBuilder();
        append(text, period.getYears(), "year");
        append(text, period.getMonths(), "month");
        append(text, period.getDays(), "day");
        return text.isEmpty() ? "0 days" : text.toString();
    }

    public static String of(Duration duration) {
        StringBuilder text = new StringBuilder();
        append(text, duration.toHours(), "hour");
        append(text, duration.toMinutesPart(), "minute");
        return text.isEmpty() ? "0 hours" : text.toString();
    }

    /** A setting's stored ISO-8601 text in words ("P6M" → "6 months"); text it cannot read stays as it is. */
    public static String words(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        if (OFF.equals(iso)) {
            return OFF_WORD;
        }
        try {
            return iso.startsWith("PT") ? of(Duration.parse(iso)) : of(Period.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /**
     * Words read back as ISO-8601 text: "6 months" → "P6M", "1 year and 3 months" → "P1Y3M", "2 weeks" → "P14D",
     * "72 hours" → "PT72H", "off" → "OFF"; ISO-8601 text is taken as it is. Empty when the text is neither, or mixes
     * hours or minutes with days or longer.
     */
    public static Optional<String> iso(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        if (OFF_WORD.equals(typed)) {
            return Optional.of(OFF);
        }
        if (typed.startsWith("p")) {
            return isoText(typed.toUpperCase(Locale.ROOT));
        }
        Period period = Period.ZERO;
        Duration duration = Duration.ZERO;
        int at = 0;
        Matcher part = PART.matcher(typed);
        Matcher separator = SEPARATOR.matcher(typed);
        while (at < typed.length()) {
            if (at > 0) {
                if (!separator.region(at, typed.length()).lookingAt()) {
                    return Optional.empty();
                }
                at = separator.end();
            }
            if (!part.region(at, typed.length()).lookingAt()) {
                return Optional.empty();
            }
            int amount = Integer.parseInt(part.group(1));
            switch (part.group(2)) {
                case "year" -> period = period.plusYears(amount);
                case "month" -> period = period.plusMonths(amount);
                case "week" -> period = period.plusDays(7L * amount);
                case "day" -> period = period.plusDays(amount);
                case "hour" -> duration = duration.plusHours(amount);
                default -> duration = duration.plusMinutes(amount);
            }
            at = part.end();
        }
        if (!duration.isZero() && !period.isZero()) {
            return Optional.empty();
        }
        return Optional.of(duration.isZero() ? period.toString() : duration.toString());
    }

    private static Optional<String> isoText(String iso) {
        try {
            return Optional.of(iso.startsWith("PT") ? Duration.parse(iso).toString() : Period.parse(iso).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount != 0) {
            text.append(text.isEmpty() ? "" : " ").append(amount).append(' ').append(unit)
                    .append(amount == 1 ? "" : "s");
        }
    }
}

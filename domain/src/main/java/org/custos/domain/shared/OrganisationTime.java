package org.custos.domain.shared;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The organisation's local time (England and Wales): every date and time Custos stores and shows is in it. */
public final class OrganisationTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** A day as people read it, on pages, in messages and in letters: "3 December 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A time of day as people read it: "14:05". */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** A moment as people read it: "3 December 2026 14:05" (the day, then the time). */
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

    private OrganisationTime() {
    }
}

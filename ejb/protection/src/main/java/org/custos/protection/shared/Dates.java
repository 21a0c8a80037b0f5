package org.custos.protection.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.custos.domain.shared.OrganisationTime;

/** Dates and date-times as the DPM reads them in messages and reports: "1 April 2025", "1 April 2025 10:00". */
public final class Dates {

    private static final DateTimeFormatter DAY = OrganisationTime.DAY;
    private static final DateTimeFormatter FORMAT = OrganisationTime.MOMENT;

    private Dates() {
    }

    public static String text(LocalDateTime at) {
        return at == null ? "" : FORMAT.format(at);
    }

    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}

package org.custos.protection.shared;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date-times as the DPM reads them in messages and reports: "1 Apr 2025 10:00". */
public final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private Dates() {
    }

    public static String text(LocalDateTime at) {
        return at == null ? "" : FORMAT.format(at);
    }
}

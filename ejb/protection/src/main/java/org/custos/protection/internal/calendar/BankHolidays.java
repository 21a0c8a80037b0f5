package org.custos.protection.internal.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * An immutable set of bank-holiday dates. The dates are data, not computed:
 * one-off holidays and substitute days are decided by proclamation.
 */
public final class BankHolidays {

    /** Classpath resource with the England-and-Wales bank holidays 2020-2030. */
    public static final String ENGLAND_AND_WALES_RESOURCE =
            "org/custos/protection/internal/calendar/bank-holidays-england-wales.csv";

    private final Set<LocalDate> dates;

    public BankHolidays(Collection<LocalDate> dates) {
        this.dates = Set.copyOf(dates);
    }

    public boolean contains(LocalDate date) {
        return dates.contains(date);
    }

    /** All the dates, unordered and unmodifiable. */
    public Set<LocalDate> dates() {
        return dates;
    }

    /**
     * England-and-Wales bank holidays 2020-2030 (gov.uk), including substitute
     * days and the one-offs (VE Day 2020, Platinum Jubilee and State Funeral
     * 2022, Coronation 2023), read from {@link #ENGLAND_AND_WALES_RESOURCE}.
     */
    public static BankHolidays englandAndWales2020To2030() {
        ClassLoader loader = BankHolidays.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(ENGLAND_AND_WALES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + ENGLAND_AND_WALES_RESOURCE);
            }
            return new BankHolidays(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ENGLAND_AND_WALES_RESOURCE, e);
        }
    }

    /** Format: a header line, then {@code date,name} per line, date ISO-8601. */
    private static List<LocalDate> parse(InputStream in) throws IOException {
        List<LocalDate> result = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.readLine(); // header
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            String date = (comma < 0 ? line : line.substring(0, comma)).trim();
            try {
                result.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(
                        ENGLAND_AND_WALES_RESOURCE + " line " + lineNumber + ": bad date '" + date + "'", e);
            }
        }
        return result;
    }
}

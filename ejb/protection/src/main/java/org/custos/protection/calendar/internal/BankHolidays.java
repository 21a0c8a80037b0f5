package org.custos.protection.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of bank-holiday dates with their names. The dates are data, not computed: one-off holidays and
 * substitute days are decided by proclamation, which is why the DPM can add days to the shipped ones.
 */
public final class BankHolidays {

    /** Classpath resource with the England-and-Wales bank holidays 2020-2030. */
    public static final String ENGLAND_AND_WALES_RESOURCE =
            "org/custos/protection/calendar/internal/bank-holidays-england-wales.csv";

    private final Map<LocalDate, String> named;

    public BankHolidays(Map<LocalDate, String> named) {
        this.named = Map.copyOf(named);
    }

    public boolean contains(LocalDate date) {
        return named.containsKey(date);
    }

    /** The holiday's name, or null when the day is not one. */
    public String name(LocalDate date) {
        return named.get(date);
    }

    /** All the dates, unordered and unmodifiable. */
    public Set<LocalDate> dates() {
        return named.keySet();
    }

    /** These holidays and {@code more}. */
    public BankHolidays with(Map<LocalDate, String> more) {
        Map<LocalDate, String> all = new HashMap<>(named);
        all.putAll(more);
        return new BankHolidays(all);
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
    private static Map<LocalDate, String> parse(InputStream in) throws IOException {
        Map<LocalDate, String> result = new HashMap<>();
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
                result.put(LocalDate.parse(date), comma < 0 ? "" : line.substring(comma + 1).trim());
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(
                        ENGLAND_AND_WALES_RESOURCE + " line " + lineNumber + ": bad date '" + date + "'", e);
            }
        }
        return result;
    }
}

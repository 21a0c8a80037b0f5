package org.custos.protection.calendar.api;

import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Retention periods that hold for one piece of work on one thread only, for the simulator's "what if this period
 * were 3 years" (R6): {@link ComplianceCalendar#retentionPeriod} reads them before the settings while
 * {@link #during} runs, and they are gone when it returns or fails. The stored settings never change; another
 * request, on another thread or after this one, sees the settings as they are.
 */
public final class HypotheticalPeriods {

    private static final ThreadLocal<Map<String, Period>> CURRENT = new ThreadLocal<>();

    private HypotheticalPeriods() {
    }

    /** Runs {@code work} with {@code periods} (by the rule's setting key) in force on this thread. */
    public static <T> T during(Map<String, Period> periods, Supplier<T> work) {
        Map<String, Period> before = CURRENT.get();
        CURRENT.set(Map.copyOf(periods));
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** The hypothetical period of the rule with this setting key, while {@link #during} runs on this thread. */
    public static Optional<Period> of(String key) {
        Map<String, Period> periods = CURRENT.get();
        return periods == null ? Optional.empty() : Optional.ofNullable(periods.get(key));
    }
}

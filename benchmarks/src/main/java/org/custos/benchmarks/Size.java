package org.custos.benchmarks;

import java.util.Locale;

/**
 * How big a run is ({@code -Dbench.size}): {@code smoke} keeps the harness from rotting in CI within a few minutes;
 * {@code full} is the register of issue 13. Users and seconds of the concurrent run can be overridden
 * ({@code -Dbench.users}, {@code -Dbench.seconds}).
 */
record Size(String name, int people, int auditEntries, int sqlRuns, int oneUserLoops, int users, int seconds) {

    static final int WARM_UP_RUNS = 10;

    static Size fromSystemProperties() {
        String name = System.getProperty("bench.size", "smoke").toLowerCase(Locale.ROOT);
        Size size = switch (name) {
            case "smoke" -> new Size(name, 2_000, 20_000, 50, 10, 2, 20);
            case "full" -> new Size(name, 100_000, 5_000_000, 50, 50, 50, 600);
            default -> throw new IllegalArgumentException("bench.size is smoke or full, not " + name);
        };
        return new Size(name, size.people, size.auditEntries, size.sqlRuns, size.oneUserLoops,
                positive("bench.users", size.users), positive("bench.seconds", size.seconds));
    }

    boolean full() {
        return "full".equals(name);
    }

    private static int positive(String property, int otherwise) {
        String value = System.getProperty(property, "");
        return value.isBlank() ? otherwise : Integer.parseInt(value.trim());
    }
}

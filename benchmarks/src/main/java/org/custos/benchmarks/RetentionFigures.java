package org.custos.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report's rows of the DPM's retention run and review queue ({@link RetentionSimulation}): the run from "Run
 * now" to its end, with what each context found (read from the run's own rows once it ended), against the nightly
 * target; the queue's pages and the evidence against the lists' target; the destruction report, which has none.
 *
 * @param found what the run found per context ("recruitment 190,204 due, 190,204 new"), in the contexts' order
 * @param inDatabase the run's own start to end, as its row has them (the server's clock, no polling)
 */
record RetentionFigures(GatlingRun run, List<String> found, long queueItems, Duration inDatabase) {

    /** A nightly run over 100,000 people (about 200,000 records due) must end well inside the night's window. */
    static final String RUN_TARGET = "≤ 5 minutes at 100,000 people";
    static final String LIST_TARGET = "p95 ≤ 50 ms";
    private static final double RUN_MILLIS = 5 * 60_000;
    private static final double LIST_P95 = 50;

    /** The figures of {@code run}, with what the last retention run of {@code database} found. */
    static RetentionFigures of(GatlingRun run, Database database) throws SQLException {
        List<String> found = new ArrayList<>();
        long items;
        Duration took = Duration.ZERO;
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            long runId = 0;
            try (ResultSet last = statement.executeQuery("select id, started_at, finished_at from prot_retention_run"
                    + " order by started_at desc, id desc limit 1")) {
                if (last.next()) {
                    runId = last.getLong(1);
                    Timestamp started = last.getTimestamp(2);
                    Timestamp finished = last.getTimestamp(3);
                    took = finished == null ? Duration.ZERO
                            : Duration.between(started.toInstant(), finished.toInstant());
                }
            }
            try (ResultSet contexts = statement.executeQuery("select context, found, queued, failure from"
                    + " prot_retention_run_context where run_id = " + runId + " order by context")) {
                while (contexts.next()) {
                    found.add(String.format(Locale.ROOT, "%s %,d due%s", contexts.getString(1), contexts.getInt(2),
                            contexts.getString(4) == null ? "" : " (failed)"));
                }
            }
            try (ResultSet count = statement.executeQuery("select count(*) from prot_retention_item")) {
                count.next();
                items = count.getLong(1);
            }
        }
        return new RetentionFigures(run, found, items, took);
    }

    /** Rows of {@code figure, target, measured, met}. */
    List<String[]> rows(String database, int people) {
        List<String[]> rows = new ArrayList<>();
        Timing timing = run.timings().get(RetentionJourney.RUN);
        rows.add(new String[] {RetentionJourney.RUN + ", the DPM, " + String.format(Locale.ROOT, "%,d", people)
                + " people, " + String.format(Locale.ROOT, "%,d", queueItems) + " items queued: "
                + found.stream().collect(Collectors.joining(", ")) + ", " + database, RUN_TARGET,
            String.format(Locale.ROOT, "%.1f s (the run's own start to end %.1f s)", timing.p95() / 1000.0,
                    inDatabase.toMillis() / 1000.0),
            Report.met(people >= 100_000 && timing.p95() <= RUN_MILLIS && timing.errors() == 0)});
        for (String figure : List.of(RetentionJourney.QUEUE, RetentionJourney.QUEUE_NEXT,
                RetentionJourney.QUEUE_GROUP, RetentionJourney.EVIDENCE)) {
            Timing page = run.timings().get(figure);
            rows.add(new String[] {figure + ", one user, " + database, LIST_TARGET, Report.measured(page),
                Report.met(page.p95() <= LIST_P95 && page.errors() == 0)});
        }
        rows.add(new String[] {RetentionJourney.REPORT + ", one user, " + database, "—",
            Report.measured(run.timings().get(RetentionJourney.REPORT)), "—"});
        return rows;
    }
}

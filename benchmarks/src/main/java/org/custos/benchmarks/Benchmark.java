package org.custos.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.custos.domain.shared.Role;
import org.custos.system.server.PayaraServerSession;

/**
 * The harness's run, in order: seed PostgreSQL and H2 and time the raw SQL on each; deploy the EAR over the seeded
 * PostgreSQL, seed the other contexts' records on both under the application's data key (and time the compile
 * figure's raw SQL) and its audit trail; the DPM verifying the whole chain, one HR user, the DPM and a hiring
 * manager alone, concurrent mixed sessions, the DPM verifying what they added, the DPM's retention run and review
 * queue, with Gatling; the EAR again over the seeded H2 file (as {@code run.sh} runs it), one user; the report.
 * System properties (set by the module's pom): {@code bench.size}, {@code bench.users}, {@code bench.seconds},
 * {@code bench.output} (a working directory), {@code bench.report} (the Markdown file; a smoke run writes beside its output instead of into the docs).
 */
public final class Benchmark {

    private static final Logger LOG = Logger.getLogger(Benchmark.class.getName());

    private Benchmark() {
    }

    /**
     * Runs the benchmark and exits: with 1 when it fails, so that the server, the Gatling threads and Maven do not
     * wait for ever.
     */
    public static void main(String[] args) {
        try {
            run();
        } catch (Exception | Error e) {
            LOG.log(Level.SEVERE, "The benchmark failed", e);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        Size size = Size.fromSystemProperties();
        Path output = Path.of(System.getProperty("bench.output", "target/bench"));
        Path reportFile = size.full() ? Path.of(System.getProperty("bench.report", "docs/performance.md"))
                : output.resolve("performance.md");
        Report report = new Report(size);
        List<Person> people = SeededPeople.of(size.people());

        Database postgres = Database.postgres();
        seedAndMeasure(postgres, people, size, report);
        deleteRecursively(output.resolve("h2"));
        Database h2 = Database.h2(output.resolve("h2"));
        seedAndMeasure(h2, people, size, report);
        BenchAccount.create(h2, BenchAccount.HR, Role.HR);

        BenchAccount.create(postgres, BenchAccount.HR, Role.HR);
        BenchAccount.create(postgres, BenchAccount.DPM, Role.DPM);
        BenchAccount.create(postgres, BenchAccount.HIRING_MANAGER, Role.HIRING_MANAGER);
        Path ear = Path.of(System.getProperty("custos.test.ear"));
        Duration deployed = Application.deploy(ear);
        LOG.info(() -> "Custos answers at " + Application.baseUrl() + " after " + deployed.toSeconds() + " s");
        DataKeyFile.install(PayaraServerSession.dataDirectory());
        int compiled = ConcurrentSimulation.Mix.of(size.users()).compiledPeople();
        seedContexts(postgres, size, compiled, report);
        seedContexts(h2, size, compiled, report);
        Duration audited = AuditSeed.seed(postgres, PayaraServerSession.dataDirectory(), size.auditEntries(),
                size.people());
        LOG.info(() -> size.auditEntries() + " audit entries seeded in " + audited.toMillis() + " ms");
        report.auditSeeded(audited);
        System.setProperty("bench.base.url", Application.baseUrl());
        System.setProperty("bench.loops", Integer.toString(size.oneUserLoops()));
        System.setProperty("bench.users", Integer.toString(size.users()));
        System.setProperty("bench.seconds", Integer.toString(size.seconds()));
        System.setProperty("gatling.enableAnalytics", "false");
        // a group's figure is its duration, pauses included: compiling is timed from the click to the items
        System.setProperty("gatling.charting.useGroupDurationMetric", "true");
        // the whole chain's verification answers in one request, however long
        System.setProperty("gatling.http.requestTimeout", Long.toString(Duration.ofMinutes(10).toMillis()));
        Path results = output.resolve("gatling");
        System.setProperty("bench.verify", "whole");
        GatlingRun wholeChain = GatlingRun.of(AuditVerificationSimulation.class, results, "whole audit chain");
        GatlingRun oneUser = GatlingRun.of(OneUserSimulation.class, results, "one user, " + size.name());
        report.otherRoles(GatlingRun.of(OtherRolesSimulation.class, results,
                "the DPM and a hiring manager alone, " + size.name()));
        long idle = ServerMemory.megabytes();
        GatlingRun concurrent;
        long underLoad;
        try (ServerMemory memory = ServerMemory.sampled()) {
            concurrent = GatlingRun.of(ConcurrentSimulation.class, results,
                    size.users() + " users for " + size.seconds() + " s, " + size.name());
            underLoad = memory.peakMegabytes();
        }
        System.setProperty("bench.verify", "new");
        GatlingRun newEntries = GatlingRun.of(AuditVerificationSimulation.class, results, "new audit entries");
        report.application(postgres, deployed, oneUser, concurrent);
        report.memory(idle, underLoad);
        report.verification(wholeChain, newEntries);
        // after the other figures, which it would change: the queue it fills is on the DPM's home page
        GatlingRun retention = GatlingRun.of(RetentionSimulation.class, results,
                "the DPM's retention run and review queue, " + size.name());
        report.retention(RetentionFigures.of(retention, postgres));

        h2.close();
        deleteRecursively(output.resolve("h2-data"));
        Duration deployedOnH2 = Application.redeployOnH2(ear, output.resolve("h2"), output.resolve("h2-data"));
        LOG.info(() -> "Custos answers on H2 after " + deployedOnH2.toSeconds() + " s");
        report.applicationOnH2(h2, deployedOnH2, GatlingRun.of(OneUserSimulation.class, results,
                "one user on H2, " + size.name()));

        report.writeTo(reportFile);
        LOG.info(() -> "Figures written to " + reportFile.toAbsolutePath() + "\n" + report.markdown());
    }

    private static void seedAndMeasure(Database database, List<Person> people, Size size, Report report)
            throws Exception {
        Duration took = RegisterSeed.seed(database, people);
        LOG.info(() -> database.name() + ": " + people.size() + " people seeded in " + took.toMillis() + " ms");
        report.seeded(database, took);
        try (Connection connection = database.connection()) {
            Map<String, Timing> timings = new RawSql(connection, people.size()).measure(size.sqlRuns());
            report.raw(database, timings);
            timings.values().forEach(timing -> LOG.info(() -> String.format(java.util.Locale.ROOT,
                    "%s, raw SQL, %s: p50 %.2f ms, p95 %.2f ms", database.name(), timing.figure(), timing.p50(),
                    timing.p95())));
        }
    }

    /** The other contexts' records, after the application wrote its data keys; the compile figure's raw SQL. */
    private static void seedContexts(Database database, Size size, int compiled, Report report) throws Exception {
        ContextSeed.Seeded seeded = ContextSeed.seed(database, size.people(), compiled);
        LOG.info(() -> database.name() + ": " + seeded.records() + " records of the other contexts seeded in "
                + seeded.took().toMillis() + " ms");
        report.contextsSeeded(database, seeded);
        try (Connection connection = database.connection()) {
            Timing timing = new RawCompileSql(connection, compiled).measure(size.sqlRuns());
            report.raw(database, Map.of(timing.figure(), timing));
            LOG.info(() -> String.format(java.util.Locale.ROOT, "%s, raw SQL, %s: p50 %.2f ms, p95 %.2f ms",
                    database.name(), timing.figure(), timing.p50(), timing.p95()));
        }
    }

    private static void deleteRecursively(Path directory) throws java.io.IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}

package org.custos.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's rows of the DPM's (requests, complaint counts), the hiring manager's and HR's (staff files,
 * organisations, complaints) one-user runs ({@link OtherRolesSimulation}): compiling one person's data against its
 * target and its raw SQL, and the other requests of their rounds, which have no target of their own (the concurrent
 * figure covers them).
 */
final class RoleFigures {

    static final String COMPILE_TARGET = "≤ 500 ms and ≤ 3× raw SQL";

    private RoleFigures() {
    }

    /** Rows of {@code figure, target, measured, ratio, met}; {@code baseline}: the raw SQL of the same database. */
    static List<String[]> rows(GatlingRun run, Map<String, Timing> baseline, String database) {
        List<String[]> rows = new ArrayList<>();
        Timing compile = run.timings().get(DpmJourney.COMPILE);
        double ratio = compile.p95() / baseline.get(RawCompileSql.FIGURE).p95();
        rows.add(new String[] {DpmJourney.COMPILE + ", the DPM's click to the items shown, one user, " + database,
            COMPILE_TARGET, Report.measured(compile), Report.ratio(ratio),
            Report.met(compile.p95() <= 500 && ratio <= 3 && compile.errors() == 0)});
        for (String figure : List.of(DpmJourney.HOME, DpmJourney.LIST, DpmJourney.NEXT_PAGE, DpmJourney.FILTER,
                DpmJourney.OPEN_REQUEST, HiringManagerJourney.HOME, HiringManagerJourney.CAMPAIGNS,
                HiringManagerJourney.CAMPAIGN, HiringManagerJourney.NEXT_PAGE, HiringManagerJourney.APPLICATION,
                StaffJourney.LIST, StaffJourney.NEXT_PAGE, StaffJourney.LEAVERS, StaffJourney.FILE,
                OrganisationsJourney.LIST, OrganisationsJourney.NEXT_PAGE, OrganisationsJourney.SUPPLIERS,
                OrganisationsJourney.ORGANISATION, OrganisationsJourney.PROCESSORS,
                OrganisationsJourney.PROCESSORS_NEXT, ComplaintsJourney.LIST, ComplaintsJourney.NEXT_PAGE,
                ComplaintsJourney.COMPLAINT, ComplaintsJourney.COUNTS)) {
            rows.add(new String[] {figure + ", one user, " + database, "—",
                Report.measured(run.timings().get(figure)), "—", "—"});
        }
        return rows;
    }
}

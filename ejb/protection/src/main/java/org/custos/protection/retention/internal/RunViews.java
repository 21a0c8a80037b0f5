package org.custos.protection.retention.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custos.domain.protection.RetentionRun;
import org.custos.domain.protection.RetentionRunContext;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Page;
import org.custos.protection.retention.api.ContextProgress;
import org.custos.protection.retention.api.RunProgress;
import org.custos.protection.retention.api.RunSummary;

/** The runs as the DPM reads them (R6): a run's progress per context, and the list of runs a page at a time. */
@Dependent
public class RunViews {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RetentionLease lease;

    /** The run going on, or else the newest. */
    public Optional<RunProgress> latest() {
        return running().or(() -> em.createQuery("select r from RetentionRun r order by r.startedAt desc, r.id desc",
                RetentionRun.class).setMaxResults(1).getResultStream().findFirst()).map(this::progress);
    }

    private Optional<RetentionRun> running() {
        return em.createQuery("select r from RetentionRun r where r.state = :running order by r.startedAt desc,"
                + " r.id desc", RetentionRun.class).setParameter("running", RetentionRun.State.RUNNING)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public RunProgress progress(long runId) {
        return progress(em.find(RetentionRun.class, runId));
    }

    /** Why a run cannot start now: the run going on, whose and since when. */
    public String busy() {
        return running()
                .map(run -> "A retention run is going on already, started by "
                        + RunWords.startedBy(run.startedBy()) + " at " + OrganisationTime.TIME.format(run.startedAt()) + " on "
                        + OrganisationTime.DAY.format(run.startedAt()) + ". Its progress is shown here; start another"
                        + " once it has finished.")
                .orElse("A retention run is going on already: it is just starting. Start another once it has finished.");
    }

    /** Whether the nightly run has finished a run for {@code day} already (a server whose timer came late). */
    public boolean nightlyDone(LocalDate day) {
        return em.createQuery("select count(r) from RetentionRun r where r.asOf = :day and r.startedBy = :nightly"
                + " and r.state = :finished", Long.class).setParameter("day", day)
                .setParameter("nightly", RunWords.NIGHTLY).setParameter("finished", RetentionRun.State.FINISHED)
                .getSingleResult() > 0;
    }

    public Page<RunSummary> runs(int first, int pageSize) {
        long total = em.createQuery("select count(r) from RetentionRun r", Long.class).getSingleResult();
        List<RetentionRun> runs = em.createQuery("select r from RetentionRun r order by r.startedAt desc, r.id desc",
                RetentionRun.class).setFirstResult(first).setMaxResults(pageSize).getResultList();
        Map<Long, long[]> totals = new HashMap<>();
        if (!runs.isEmpty()) {
            for (Object[] row : em.createQuery("select c.runId, sum(c.found), sum(c.queued),"
                    + " sum(case when c.failure is null then 0 else 1 end) from RetentionRunContext c"
                    + " where c.runId in :runs group by c.runId", Object[].class)
                    .setParameter("runs", runs.stream().map(RetentionRun::id).toList()).getResultList()) {
                totals.put(((Number) row[0]).longValue(), new long[] {number(row[1]), number(row[2]), number(row[3])});
            }
        }
        boolean leaseLive = lease.held();
        return new Page<>(runs.stream().map(run -> {
            long[] sums = totals.getOrDefault(run.id(), new long[3]);
            return new RunSummary(run.id(), run.asOf(), run.startedAt(), RunWords.startedBy(run.startedBy()),
                    run.finishedAt(), RunWords.run(run.state(), leaseLive), sums[0], sums[1], sums[2]);
        }).toList(), total);
    }

    private RunProgress progress(RetentionRun run) {
        boolean leaseLive = run.state() == RetentionRun.State.RUNNING && lease.held();
        boolean goesOn = run.state() == RetentionRun.State.RUNNING && leaseLive;
        List<ContextProgress> contexts = em.createQuery("select c from RetentionRunContext c where c.runId = :run"
                + " order by c.context", RetentionRunContext.class).setParameter("run", run.id()).getResultList()
                .stream().map(context -> new ContextProgress(context.context(), DataContext.labelOf(context.context()),
                        context.found(), context.queued(), context.failure() != null,
                        RunWords.context(context.found(), context.queued(), context.finishedAt() != null,
                                context.failure(), goesOn)))
                .toList();
        return new RunProgress(run.id(), run.asOf(), run.startedAt(), RunWords.startedBy(run.startedBy()),
                run.finishedAt(), goesOn, RunWords.run(run.state(), leaseLive), contexts);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

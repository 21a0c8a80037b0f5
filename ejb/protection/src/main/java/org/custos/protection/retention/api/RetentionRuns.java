package org.custos.protection.retention.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.custos.domain.shared.Page;

/**
 * The retention runs (R6), for the DPM: a run asks every context what is due today and puts each record in the
 * review queue once, however often runs find it. One runs at a time however many servers share the database; the
 * nightly run and a run started here are the same run. A run whose server stopped is marked interrupted by the
 * next, which starts over.
 *
 * @see org.custos.security.api.RequestRefused when a run is going on already; its message says whose and since when
 */
@Local
public interface RetentionRuns {

    /** Starts a run now and returns at once, while it goes on in the background: its progress so far. */
    RunProgress runNow();

    /** The run going on, or else the last one; empty before the first run. */
    Optional<RunProgress> progress();

    /** The runs, the newest first, a page of them. */
    Page<RunSummary> runs(@Min(0) int first, @Min(1) @Max(200) int pageSize);
}

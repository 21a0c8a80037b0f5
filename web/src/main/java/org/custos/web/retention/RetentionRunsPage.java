package org.custos.web.retention;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.protection.retention.api.RetentionRuns;
import org.custos.protection.retention.api.RunProgress;
import org.custos.protection.retention.api.RunSummary;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.LazyPages;
import org.primefaces.model.LazyDataModel;

/**
 * The retention runs (R6): "Run now", the run going on or the last one with each context's progress (polled while
 * it runs), and the past runs, the newest first.
 */
@Named
@ViewScoped
public class RetentionRunsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RetentionRuns runs;

    private RunProgress progress;

    private final LazyPages<RunSummary> past = new LazyPages<>(
            (first, pageSize, sort) -> runs.runs(first, pageSize), run -> Long.toString(run.id()));

    @PostConstruct
    void load() {
        progress = FacadeCall.attemptToShow(() -> runs.progress().orElse(null)).orElse(null);
    }

    /** Starts a run; refused, with whose run goes on, while one does. */
    public void runNow() {
        FacadeCall.attempt(runs::runNow).ifPresentOrElse(started -> {
            progress = started;
            FacadeCall.info("The retention run has started. Its progress shows below.");
        }, this::refresh);
    }

    /** Polled while a run goes on. */
    public void refresh() {
        FacadeCall.attempt(() -> runs.progress().orElse(null)).ifPresent(read -> progress = read);
    }

    /** The run going on, or the last one; null before the first. */
    public RunProgress getProgress() {
        return progress;
    }

    public boolean isRunning() {
        return progress != null && progress.running();
    }

    public LazyDataModel<RunSummary> getPast() {
        return past;
    }
}

package org.custos.protection.retention.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.security.api.AuditedRecord;

/**
 * How far a run has come (R6): what it asked about ({@code asOf}), who or what started it and when, where it stands
 * in words, and each context's progress in the order the run asks them.
 */
public record RunProgress(long runId, LocalDate asOf, LocalDateTime startedAt, String startedBy,
        LocalDateTime finishedAt, boolean running, String state, List<ContextProgress> contexts)
        implements Serializable, AuditedRecord {

    public RunProgress {
        contexts = List.copyOf(contexts);
    }

    /** The records found due in the contexts asked so far. */
    public int found() {
        return contexts.stream().mapToInt(ContextProgress::found).sum();
    }

    /** The records put in the review queue so far. */
    public int queued() {
        return contexts.stream().mapToInt(ContextProgress::queued).sum();
    }

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(runId);
    }
}

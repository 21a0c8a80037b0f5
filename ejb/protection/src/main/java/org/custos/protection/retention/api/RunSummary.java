package org.custos.protection.retention.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A past or running run in the list of runs (R6): when and by whom, how it ended in words, what it found and queued
 * over all contexts, and how many contexts could not be asked.
 */
public record RunSummary(long id, LocalDate asOf, LocalDateTime startedAt, String startedBy,
        LocalDateTime finishedAt, String state, long found, long queued, long failedContexts) implements Serializable {
}

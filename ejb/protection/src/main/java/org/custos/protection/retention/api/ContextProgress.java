package org.custos.protection.retention.api;

import java.io.Serializable;

/**
 * One context in a run (R6): its name as people read it, how many of its records were due and how many went into the
 * review queue (new, or back from an extension that ended), and where it stands in words: waiting, done, or why it
 * could not be asked.
 */
public record ContextProgress(String context, String label, int found, int queued, boolean failed, String state)
        implements Serializable {
}

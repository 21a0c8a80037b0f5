package org.custos.protection.retention.api;

import java.io.Serializable;

/**
 * The evidence of one decision, without the destroyed data (R6): the context and record group, the rule's period
 * setting, the schedule version that applied, what was decided, who and when, and once carried out, when, how many
 * records went, what was kept and why, the failure if it failed, and the SHA-256 of the record set before.
 */
public record EvidenceRow(long decisionId, long itemId, String contextLabel, String recordGroup, String action,
        int scheduleVersion, String decidedBy, String decidedAt, String carriedOutAt, Integer records, String kept,
        String outcome, String recordSetSha256) implements Serializable {
}

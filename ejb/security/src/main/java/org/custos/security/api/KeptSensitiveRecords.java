package org.custos.security.api;

import java.util.Set;

/**
 * The sensitive records a context keeps with its own records ({@link SensitiveRecordForm#keptByContext}), which a
 * person's erasure in the security context leaves: that context erases them through this port, per record, with the
 * records they belong to (a sickness absence's health details at the absences' clock, R3; ADR 0010 §10). Not a
 * facade: the caller of that context's holder (the rights or retention engine) checked roles and audits the erasure.
 */
public interface KeptSensitiveRecords {

    /** Deletes those of the person's sensitive records, with their documents; returns how many went. */
    int eraseWithContextRecords(long subjectId, Set<Long> recordIds);
}

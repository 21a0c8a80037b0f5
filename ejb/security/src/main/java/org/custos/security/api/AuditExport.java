package org.custos.security.api;

import java.io.Serializable;
import java.util.List;

/**
 * The entries an export of the audit trail (a CSV or PDF file) holds, newest first, at most {@link #LIMIT}; {@code complete} is false
 * when the filter matched more (the file says so). Audited as an export about the filter's person, if any.
 */
public record AuditExport(AuditFilter filter, Format format, List<AuditEntryView> entries, long matched)
        implements Serializable, AuditedRecord {

    /** The file an export is for, named in its audit entry. */
    public enum Format {
        CSV, PDF
    }

    /** The most entries one file holds: a narrower filter exports the rest. */
    public static final int LIMIT = 10_000;

    public AuditExport {
        entries = List.copyOf(entries);
    }

    public boolean complete() {
        return entries.size() == matched;
    }

    @Override
    public Long auditSubjectId() {
        return filter.subjectId();
    }

    @Override
    public String auditRecordId() {
        return null;
    }

    @Override
    public String auditDetail() {
        return format + " file of " + entries.size() + " of " + matched + " entries";
    }
}

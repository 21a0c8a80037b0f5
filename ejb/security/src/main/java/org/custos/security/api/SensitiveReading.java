package org.custos.security.api;

import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.SpecialCategory;

/**
 * What the gate let a caller read of one category about one person: the records of the purposes an approval in
 * force covers ({@code withheld} counts the others), or all of them when the DPM reads for oversight.
 */
public record SensitiveReading(long subjectId, SpecialCategory category, List<SensitiveRecordView> records,
        int withheld, boolean oversight) implements Serializable, AuditedRecord {

    public SensitiveReading {
        records = List.copyOf(records);
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return category.name();
    }

    @Override
    public String auditDetail() {
        return (oversight ? "read by the DPM for oversight: " : "") + records.size() + " record(s)";
    }
}

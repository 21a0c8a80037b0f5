package org.custos.staff.api;

import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.security.api.AuditedRecord;

/**
 * What a member of staff sees of their own record: the staff file, their details that a change may be reported to
 * (as the register and the staff file hold them; the account number masked) and the changes they reported, newest
 * first; and the groups of those details due for them to check (A1), each with what to ask.
 */
public record OwnRecordView(StaffFileView file, List<OwnDetail> details, List<ChangeReportView> reports,
        List<ReviewPrompt> prompts) implements Serializable, AuditedRecord {

    public OwnRecordView {
        details = List.copyOf(details);
        reports = List.copyOf(reports);
        prompts = List.copyOf(prompts);
    }

    @Override
    public Long auditSubjectId() {
        return file.subjectId();
    }

    @Override
    public String auditRecordId() {
        return file.auditRecordId();
    }

    @Override
    public List<Long> auditShownSubjectIds() {
        return file.auditShownSubjectIds();
    }

    /**
     * One of the person's details as the context holding it lists it for rectification (D5): the record, the field
     * and its value now.
     */
    public record OwnDetail(String context, String recordType, String recordId, String record, String field,
            String value) implements Serializable {

        /** One text naming the detail, for a page's choice. */
        public String key() {
            return String.join("/", context, recordType, recordId, field);
        }

        /** The form reporting {@code newValue} for this detail. */
        public ChangeReportForm changedTo(String newValue) {
            return new ChangeReportForm(context, recordType, recordId, field, newValue);
        }
    }

    /** A group of the member of staff's details due for them to check, and the sentence asking them to (A1). */
    public record ReviewPrompt(AccuracyGroup group, String message) implements Serializable {
    }
}

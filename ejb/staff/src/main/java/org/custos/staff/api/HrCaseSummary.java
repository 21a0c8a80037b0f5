package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.WarningLevel;
import org.custos.security.api.AuditedRecord;

/**
 * A row of a list of HR cases: what a case is once only its summary is kept (kind, dates, outcome, level), and the
 * day its details went ({@code summarisedOn}, null while they are held).
 */
public record HrCaseSummary(long caseId, long staffFileId, long subjectId, String name, HrCaseKind kind,
        LocalDate openedOn, String outcome, LocalDate decidedOn, WarningLevel warningLevel,
        LocalDate warningExpiresOn, LocalDate summarisedOn) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(caseId);
    }
}

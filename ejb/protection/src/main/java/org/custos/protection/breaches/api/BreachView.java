package org.custos.protection.breaches.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.BreachRisk;
import org.custos.security.api.AuditedRecord;

/**
 * One breach as the DPM sees it. {@code decision}, {@code report} and {@code peopleTold} are null until recorded;
 * {@code countdown} is null unless the breach still awaits its report ({@link BreachStage#awaitsReport()}).
 */
public record BreachView(long id, long version, BreachForm details, BreachRisk risk, BreachStage stage,
        BreachDecisionForm decision, String decidedBy, LocalDateTime decidedAt, BreachReportForm report,
        PeopleToldForm peopleTold, LocalDateTime reportDeadline, ReportCountdown countdown,
        LocalDateTime closedAt, String closedBy, LocalDateTime updatedAt, String updatedBy)
        implements Serializable, AuditedRecord {

    public boolean closed() {
        return closedAt != null;
    }

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}

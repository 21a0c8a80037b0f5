package org.custos.complaints.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.security.api.AuditedRecord;

/**
 * A complaint file as its handler or the DPM opens it (P1): the complainant and the people it concerns, when and how
 * it arrived, its kind, what it is about, its words, anonymity (asked; when it cannot be kept, why and when the
 * complainant was told), the rights request or breach it relates to, the named handlers, the investigation's steps,
 * the acknowledgement (due date, days left, or not needed since the outcome went within the time), the outcome and
 * the closure; {@code emergencyAccess} when the DPM opened it through break-glass.
 */
public record ComplaintView(long id, long version, ComplaintParty complainant, LocalDate receivedOn,
        ComplaintChannel channel, ComplaintKind kind, ComplaintAbout about, String aboutText,
        List<ComplaintParty> peopleNamed, String text, boolean anonymityRequested, String anonymityLostReason,
        LocalDate anonymityLostToldOn, Long rightsRequestId, Long breachId, List<String> handlers,
        List<InvestigationStep> steps, LocalDate acknowledgementDue, long daysLeft, boolean acknowledgementNeeded,
        LocalDate acknowledgedOn, String outcome, LocalDate outcomeOn, LocalDate closedOn, boolean emergencyAccess)
        implements Serializable, AuditedRecord {

    public ComplaintView {
        peopleNamed = List.copyOf(peopleNamed);
        handlers = List.copyOf(handlers);
        steps = List.copyOf(steps);
    }

    public boolean closed() {
        return closedOn != null;
    }

    /** Acknowledgement overdue: still needed, not given, and past its due date (P1). */
    public boolean acknowledgementOverdue() {
        return acknowledgementNeeded && acknowledgedOn == null && daysLeft < 0;
    }

    @Override
    public Long auditSubjectId() {
        return complainant == null ? null : complainant.subjectId();
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }

    @Override
    public String auditDetail() {
        return emergencyAccess ? "opened under the DPM's emergency access (break-glass)" : null;
    }

    @Override
    public List<Long> auditShownSubjectIds() {
        return peopleNamed.stream().map(ComplaintParty::subjectId).toList();
    }
}

package org.custos.complaints.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.custos.complaints.api.ComplaintParty;
import org.custos.complaints.api.ComplaintView;
import org.custos.complaints.api.InvestigationStep;
import org.custos.domain.complaints.Complaint;
import org.custos.protection.calendar.api.ComplianceCalendar;

/** A complaint file as it is opened: the file, its people, handlers and steps, and its acknowledgement deadline. */
@Dependent
class ComplaintViews {

    @Inject
    ComplaintRecords records;

    @Inject
    ComplianceCalendar calendar;

    ComplaintView view(Complaint complaint, boolean emergencyAccess) {
        long id = complaint.id();
        LocalDate due = AcknowledgementDeadline.due(complaint.receivedOn(), calendar.complaintAcknowledgementPeriod(),
                calendar.workingDays());
        ComplaintParty complainant = complaint.complainantSubjectId() == null ? null
                : new ComplaintParty(complaint.complainantSubjectId(), records.nameOf(complaint.complainantSubjectId()));
        return new ComplaintView(id, complaint.version(), complainant, complaint.receivedOn(), complaint.channel(),
                complaint.kind(), complaint.about(), complaint.aboutText(),
                records.peopleNamedIn(id).stream().map(subject -> new ComplaintParty(subject, records.nameOf(subject)))
                        .toList(),
                complaint.complaintText(), complaint.anonymityRequested(), complaint.anonymityLostReason(),
                complaint.anonymityLostToldOn(), complaint.rightsRequestId(), complaint.breachId(),
                records.handlersOf(id),
                records.stepsOf(id).stream().map(note -> new InvestigationStep(note.id(), note.notedOn(), note.text(),
                        note.notedBy(), note.notedAt())).toList(),
                due, calendar.daysLeft(due), AcknowledgementDeadline.needed(due, complaint.outcomeOn()),
                complaint.acknowledgedOn(), complaint.outcome(), complaint.outcomeOn(), complaint.closedOn(),
                emergencyAccess);
    }
}

package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.document.StoredDocument;
import org.custos.domain.staff.HrCase;
import org.custos.domain.staff.HrCaseDocument;
import org.custos.domain.staff.HrCaseMeeting;
import org.custos.domain.staff.HrCaseNote;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.staff.api.HrCaseSummary;
import org.custos.staff.api.HrCaseView;

/** An HR case as its pages show it, and as a row of a list; the details are read only where they are shown. */
@Dependent
class HrCaseViews {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    StaffRecords records;

    @Inject
    ComplianceCalendar calendar;

    HrCaseSummary summary(HrCase hrCase) {
        StaffFile file = records.file(hrCase.staffFileId());
        return new HrCaseSummary(hrCase.id(), file.id(), file.subjectId(), records.name(file.subjectId()),
                hrCase.kind(), hrCase.openedOn(), hrCase.outcome(), hrCase.decidedOn(), hrCase.warningLevel(),
                hrCase.warningExpiresOn(), hrCase.summarisedOn());
    }

    HrCaseView view(HrCase hrCase) {
        List<HrCaseView.NoteView> notes = details(HrCaseNote.class, hrCase).stream()
                .map(note -> new HrCaseView.NoteView(note.id(), note.kind(), note.note(), note.recordedBy(),
                        note.recordedAt())).toList();
        List<HrCaseView.MeetingView> meetings = em.createQuery("select m from HrCaseMeeting m"
                + " where m.caseId = :hrCase order by m.heldOn, m.id", HrCaseMeeting.class)
                .setParameter("hrCase", hrCase.id()).getResultStream()
                .map(meeting -> new HrCaseView.MeetingView(meeting.id(), meeting.heldOn(), meeting.attendees(),
                        meeting.notes(), meeting.recordedBy())).toList();
        List<HrCaseView.DocumentView> documents = details(HrCaseDocument.class, hrCase).stream()
                .map(HrCaseViews::document).toList();
        HrCaseSummary summary = summary(hrCase);
        boolean reducible = hrCase.summarisedOn() == null
                && WarningExpiry.expired(hrCase.warningExpiresOn(), calendar.today());
        return new HrCaseView(summary, hrCase.version(), hrCase.summary(), hrCase.handlers().stream().sorted().toList(),
                hrCase.aboutAccount(), records.restricted(summary.subjectId()), reducible, notes, meetings, documents);
    }

    private static HrCaseView.DocumentView document(HrCaseDocument document) {
        StoredDocument stored = document.stored();
        return new HrCaseView.DocumentView(document.id(), stored.fileName(), stored.mediaType(), stored.sizeBytes(),
                stored.sha256(), stored.uploadedBy(), stored.uploadedAt());
    }

    /** A case's notes or documents, in the order recorded. */
    <T> List<T> details(Class<T> type, HrCase hrCase) {
        return em.createQuery("select d from " + type.getSimpleName()
                + " d where d.caseId = :hrCase order by d.id", type).setParameter("hrCase", hrCase.id())
                .getResultList();
    }
}

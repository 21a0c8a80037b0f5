package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.HrCaseNoteKind;
import org.custos.domain.shared.WarningLevel;
import org.custos.security.api.AuditedRecord;

/**
 * An HR case as its handlers and the DPM see it: its summary and outcome, and while its warning has not expired its
 * notes, meetings and documents (none once only the summary is kept, {@link #summaryOnly()}). {@code restricted}
 * when the person's data may only be stored (D6); {@code reducible} once the warning has expired and the details
 * are still held, so that HR may keep only the summary (R3).
 */
public record HrCaseView(HrCaseSummary summary, long version, String description, List<String> handlers,
        String aboutAccount, boolean restricted, boolean reducible, List<NoteView> notes, List<MeetingView> meetings,
        List<DocumentView> documents) implements Serializable, AuditedRecord {

    public HrCaseView {
        handlers = List.copyOf(handlers);
        notes = List.copyOf(notes);
        meetings = List.copyOf(meetings);
        documents = List.copyOf(documents);
    }

    public long id() {
        return summary.caseId();
    }

    /** R3: the warning expired and the details went; the summary is all that is kept. */
    public boolean summaryOnly() {
        return summary.summarisedOn() != null;
    }

    @Override
    public Long auditSubjectId() {
        return summary.subjectId();
    }

    @Override
    public String auditRecordId() {
        return summary.auditRecordId();
    }

    public record NoteView(long id, HrCaseNoteKind kind, String note, String recordedBy, LocalDateTime recordedAt)
        implements Serializable {
    }

    public record MeetingView(long id, LocalDate heldOn, String attendees, String notes, String recordedBy)
        implements Serializable {
    }

    /** A document without its content; {@code sha256} of its bytes, in hex. */
    public record DocumentView(long id, String fileName, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, LocalDateTime uploadedAt) implements Serializable {
    }
}

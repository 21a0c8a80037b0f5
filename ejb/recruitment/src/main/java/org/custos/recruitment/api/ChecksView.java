package org.custos.recruitment.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.security.api.AuditedRecord;

/**
 * The state of an application's pre-employment checks (C2). The declarations are shown as recorded or not; their
 * content stays behind the approval gate. {@code missing} lists what still stands between the application and
 * "checks complete". {@code version} is the application's: recording a check over it refuses a stale page.
 */
public record ChecksView(long applicationId, long subjectId, long version, LocalDate identityCheckedOn,
        String identityCheckedBy, LocalDate qualificationsCheckedOn, String qualificationsCheckedBy, List<ReferenceView> references,
        boolean criminalDeclarationRecorded, boolean healthQuestionnaireRecorded, List<String> missing)
        implements Serializable, AuditedRecord {

    public ChecksView {
        references = List.copyOf(references);
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(applicationId);
    }

    /** A reference and its referee. */
    public record ReferenceView(long id, long version, long refereeId, String refereeName, LocalDate requestedOn,
            LocalDate receivedOn) implements Serializable {
    }
}

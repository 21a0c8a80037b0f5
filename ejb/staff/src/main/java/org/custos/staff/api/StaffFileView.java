package org.custos.staff.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.domain.shared.EngagementType;
import org.custos.security.api.AuditedRecord;

/**
 * A staff file as pages show it: the person (restricted when their data may only be stored, D6), the current
 * engagement and its history (newest first, the current one included), the bank details with only the last digits of
 * the account number, the emergency contacts, and the application the person was hired through (null when none).
 */
public record StaffFileView(long id, long version, long subjectId, String name, boolean restricted,
        Long hiredApplicationId,
        List<EngagementView> history, String maskedAccountNumber, List<EmergencyContactView> emergencyContacts)
        implements Serializable, AuditedRecord {

    public StaffFileView {
        history = List.copyOf(history);
        emergencyContacts = List.copyOf(emergencyContacts);
    }

    /** The engagement as it stands: the latest of its history. */
    public EngagementView engagement() {
        return history.get(0);
    }

    /** Whether a leaving date is recorded: the person is a former member of staff. */
    public boolean leaver() {
        return engagement().leavingDate() != null;
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }

    @Override
    public List<Long> auditShownSubjectIds() {
        return emergencyContacts.stream().map(EmergencyContactView::subjectId).toList();
    }

    /** One dated state of the engagement; the line manager is another staff file, shown by the person's name. */
    public record EngagementView(EngagementType type, String jobTitle, String department, Long lineManagerFileId,
            String lineManagerName, String placeOfWork, String contractType, BigDecimal weeklyHours,
            LocalDate startDate, LocalDate probationEnd, LocalDate leavingDate, String leavingReason,
            String recordedBy, LocalDateTime recordedAt) implements Serializable {
    }

    /** Someone to call in an emergency: a person in the register. */
    public record EmergencyContactView(long subjectId, String name, String relationship) implements Serializable {
    }
}

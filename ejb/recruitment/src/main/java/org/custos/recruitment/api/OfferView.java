package org.custos.recruitment.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.security.api.AuditedRecord;

/**
 * A final offer as pages show it: bank details with only the last digits of the account number
 * ({@code bankDetailsRecorded} false until HR enters them), and the emergency contacts; at hire both move to the
 * staff file ({@code movedToStaffOn}, none of them left here).
 */
public record OfferView(long applicationId, long subjectId, Long version, LocalDate madeOn,
        boolean bankDetailsRecorded, String accountHolder, String sortCode, String maskedAccountNumber,
        List<EmergencyContactView> emergencyContacts, LocalDate movedToStaffOn) implements Serializable, AuditedRecord {

    public OfferView {
        emergencyContacts = List.copyOf(emergencyContacts);
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(applicationId);
    }

    /** An emergency contact named at the offer. */
    public record EmergencyContactView(long id, long subjectId, String name, String relationship)
        implements Serializable {
    }
}

package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.shared.DataContext;
import org.custos.domain.staff.Engagement;
import org.custos.domain.staff.StaffBankDetails;
import org.custos.domain.staff.StaffEmergencyContact;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.CorrectableProperty;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.recruitment.api.BankDetailsForm;
import org.custos.recruitment.api.EmergencyContactForm;
import org.custos.staff.api.EngagementForm;

/**
 * What rectification (D5) may change in a staff file: the current engagement's descriptive fields (corrected where
 * they stand: the history rows are what was recorded at the time), the bank details and an emergency contact's
 * relationship, each checked by the rules of the form that records it (bank details and contacts keep recruitment's
 * rules, where they were first recorded). Dates and the leaving reason are changed by HR as a new engagement row.
 */
@Dependent
class StaffCorrections {

    private static final List<CorrectableProperty<Engagement>> ENGAGEMENT = List.of(
            CorrectableProperty.text("Job title", EngagementForm.class, "jobTitle", Engagement::jobTitle,
                    Engagement::correctJobTitle),
            CorrectableProperty.text("Department", EngagementForm.class, "department", Engagement::department,
                    Engagement::correctDepartment),
            CorrectableProperty.text("Place of work", EngagementForm.class, "placeOfWork", Engagement::placeOfWork,
                    Engagement::correctPlaceOfWork),
            CorrectableProperty.text("Contract type", EngagementForm.class, "contractType", Engagement::contractType,
                    Engagement::correctContractType));

    private static final List<CorrectableProperty<StaffBankDetails>> BANK_DETAILS = List.of(
            CorrectableProperty.text("Account holder", BankDetailsForm.class, "accountHolder",
                    StaffBankDetails::accountHolder, (bank, value) -> bank.record(value, bank.sortCode(),
                            bank.accountNumber(), bank.recordedBy(), bank.recordedAt())),
            CorrectableProperty.text("Sort code", BankDetailsForm.class, "sortCode", StaffBankDetails::sortCode,
                    (bank, value) -> bank.record(bank.accountHolder(), BankDetailsForm.dashed(value),
                            bank.accountNumber(), bank.recordedBy(), bank.recordedAt())),
            CorrectableProperty.text("Account number", BankDetailsForm.class, "accountNumber",
                    StaffBankDetails::accountNumber, (bank, value) -> bank.record(bank.accountHolder(),
                            bank.sortCode(), value, bank.recordedBy(), bank.recordedAt())));

    private static final CorrectableProperty<StaffEmergencyContact> RELATIONSHIP = CorrectableProperty.text(
            "Relationship", EmergencyContactForm.class, "relationship", StaffEmergencyContact::relationship,
            StaffEmergencyContact::correctRelationship);

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    StaffRecords records;

    List<CorrectableField> correctable(List<StaffFile> files) {
        List<CorrectableField> fields = new ArrayList<>();
        for (StaffFile file : files) {
            String label = "staff file " + file.id();
            Engagement engagement = records.engagement(file.id());
            ENGAGEMENT.forEach(field -> fields.add(field.listed(DataContext.STAFF, "Engagement",
                    Long.toString(engagement.id()), "Engagement, " + label, engagement)));
            StaffBankDetails bank = em.find(StaffBankDetails.class, file.id());
            if (bank != null) {
                BANK_DETAILS.forEach(field -> fields.add(field.listed(DataContext.STAFF, "BankDetails",
                        Long.toString(file.id()), "Bank details, " + label, bank)));
            }
            em.createQuery("select c from StaffEmergencyContact c where c.staffFileId = :file order by c.id",
                    StaffEmergencyContact.class).setParameter("file", file.id()).getResultStream()
                    .forEach(contact -> fields.add(RELATIONSHIP.listed(DataContext.STAFF, "EmergencyContact",
                            Long.toString(contact.id()), "Emergency contact " + records.name(contact.subjectId())
                                    + ", " + label, contact)));
        }
        return fields;
    }

    RectificationOutcome rectify(List<StaffFile> files, List<Correction> corrections) {
        RectificationOutcome.Tally tally = new RectificationOutcome.Tally();
        List<CorrectableField> correctable = correctable(files);
        for (Correction correction : corrections) {
            if (correctable.stream().noneMatch(field -> field.names(correction.recordType(), correction.recordId(),
                    correction.field()))) {
                tally.refused(correction, "The staff files hold no such field of this person.");
                continue;
            }
            long id = Long.parseLong(correction.recordId());
            switch (correction.recordType()) {
                case "Engagement" -> CorrectableProperty.labelled(ENGAGEMENT, correction.field()).orElseThrow()
                        .correct(em.find(Engagement.class, id), correction, validator, tally);
                case "BankDetails" -> CorrectableProperty.labelled(BANK_DETAILS, correction.field()).orElseThrow()
                        .correct(em.find(StaffBankDetails.class, id), correction, validator, tally);
                default -> RELATIONSHIP.correct(em.find(StaffEmergencyContact.class, id), correction, validator,
                        tally);
            }
        }
        em.flush();
        return tally.outcome();
    }
}

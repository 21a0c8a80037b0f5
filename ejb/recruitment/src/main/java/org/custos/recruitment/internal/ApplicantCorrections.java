package org.custos.recruitment.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.Assessment;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.recruitment.EmergencyContact;
import org.custos.domain.recruitment.FinalOffer;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.CorrectableProperty;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.recruitment.api.AssessmentForm;
import org.custos.recruitment.api.BankDetailsForm;
import org.custos.recruitment.api.EmergencyContactForm;

/**
 * What rectification (D5) may change in recruitment: the bank details of a final offer and the relationship of an
 * emergency contact are corrected, checked by the rules of the forms that record them; an assessor's notes are an
 * opinion, so the applicant's statement is added to them. The rest of an application is its history.
 */
@Dependent
class ApplicantCorrections {

    private static final String NOTES = "Notes";

    /** The bank details of a final offer, named as {@link BankDetailsForm} names them. */
    private static final List<CorrectableProperty<FinalOffer>> BANK_DETAILS = List.of(
            CorrectableProperty.text("Account holder", BankDetailsForm.class, "accountHolder",
                    FinalOffer::accountHolder, (offer, value) -> offer.record(offer.madeOn(), value, offer.sortCode(),
                            offer.accountNumber(), offer.recordedBy(), offer.recordedAt())),
            CorrectableProperty.text("Sort code", BankDetailsForm.class, "sortCode", FinalOffer::sortCode,
                    (offer, value) -> offer.record(offer.madeOn(), offer.accountHolder(), BankDetailsForm.dashed(value),
                            offer.accountNumber(), offer.recordedBy(), offer.recordedAt())),
            CorrectableProperty.text("Account number", BankDetailsForm.class, "accountNumber",
                    FinalOffer::accountNumber, (offer, value) -> offer.record(offer.madeOn(), offer.accountHolder(),
                            offer.sortCode(), value, offer.recordedBy(), offer.recordedAt())));

    private static final CorrectableProperty<EmergencyContact> RELATIONSHIP = CorrectableProperty.text(
            "Relationship", EmergencyContactForm.class, "relationship", EmergencyContact::relationship,
            EmergencyContact::correctRelationship);

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    RecruitmentRecords records;

    List<CorrectableField> correctable(long subjectId) {
        List<CorrectableField> fields = new ArrayList<>();
        for (Application application : em.createQuery("select a from Application a where a.subjectId = :subject"
                + " and a.anonymisedAt is null order by a.id", Application.class).setParameter("subject", subjectId)
                .getResultList()) {
            String label = "application " + application.id() + " ("
                    + em.find(Campaign.class, application.campaignId()).title() + ")";
            em.createQuery("select x from Assessment x where x.applicationId = :id order by x.id", Assessment.class)
                    .setParameter("id", application.id()).getResultStream()
                    .forEach(assessment -> fields.add(opinion(assessment, assessment.kind().label() + " on "
                            + assessment.heldOn() + ", " + label)));
            FinalOffer offer = em.find(FinalOffer.class, application.id());
            if (offer != null && offer.movedToStaffAt() == null) {
                BANK_DETAILS.forEach(bank -> fields.add(bank.listed(DataContext.RECRUITMENT, "FinalOffer",
                        Long.toString(application.id()), "Final offer, " + label, offer)));
            }
        }
        em.createQuery("select e from EmergencyContact e, Application a where a.id = e.applicationId"
                + " and (a.subjectId = :subject or e.subjectId = :subject) order by e.id", EmergencyContact.class)
                .setParameter("subject", subjectId).getResultStream()
                .forEach(contact -> fields.add(RELATIONSHIP.listed(DataContext.RECRUITMENT, "EmergencyContact",
                        Long.toString(contact.id()), "Emergency contact " + records.name(contact.subjectId())
                                + ", application " + contact.applicationId(), contact)));
        return fields;
    }

    RectificationOutcome rectify(long subjectId, List<Correction> corrections) {
        RectificationOutcome.Tally tally = new RectificationOutcome.Tally();
        List<CorrectableField> correctable = correctable(subjectId);
        for (Correction correction : corrections) {
            if (correctable.stream().noneMatch(field -> field.names(correction.recordType(), correction.recordId(),
                    correction.field()))) {
                tally.refused(correction, "Recruitment holds no such field of this person.");
                continue;
            }
            long id = Long.parseLong(correction.recordId());
            switch (correction.recordType()) {
                case "Assessment" -> {
                    Assessment assessment = em.find(Assessment.class, id);
                    String completed = correction.statementAddedTo(assessment.notes(), records.now().toLocalDate());
                    if (tally.valid(correction, validator.validateValue(AssessmentForm.class, "notes", completed))) {
                        assessment.completeNotes(completed);
                        tally.corrected();
                    }
                }
                case "FinalOffer" -> CorrectableProperty.labelled(BANK_DETAILS, correction.field()).orElseThrow()
                        .correct(em.find(FinalOffer.class, id), correction, validator, tally);
                default -> RELATIONSHIP.correct(em.find(EmergencyContact.class, id), correction, validator, tally);
            }
        }
        em.flush();
        return tally.outcome();
    }

    private static CorrectableField opinion(Assessment assessment, String record) {
        return new CorrectableField(RecruitmentDataHolder.CONTEXT, "Assessment", Long.toString(assessment.id()),
                record, NOTES, assessment.notes(), true);
    }
}

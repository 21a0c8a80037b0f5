package org.custos.protection.testsupport;

import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.security.api.SensitiveRecordView;
import org.custos.testsupport.Callers;

/**
 * Special-category data through the approval gate (L4), the way it gets there: HR asks for the DPM's approval for
 * the person, the DPM approves it for a week, and HR records the data about the person on the register:
 * <pre>{@code
 * Gate.anApprovedHealthRecordFor(person.id()).saying("Asthma").recordedThrough(approvals, sensitive);
 * }</pre>
 * Unless told otherwise the record serves {@link SeededPurposes#EMPLOYMENT_ADMINISTRATION}, under employment law,
 * asked for to make adjustments, without a document.
 */
public final class Gate {

    private Gate() {
    }

    public static HealthRecord anApprovedHealthRecordFor(long subjectId) {
        return new HealthRecord(subjectId);
    }

    /** What the gate let through: the approval in force and the record made under it. */
    public record Approved(ApprovalView approval, SensitiveRecordView record) {
    }

    /** A health record about one person, described step by step. */
    public static final class HealthRecord {

        private final long subjectId;
        private long purposeId = SeededPurposes.EMPLOYMENT_ADMINISTRATION;
        private String justification = "Adjustments";
        private String content = "Fit for work";
        private DocumentUpload document;

        private HealthRecord(long subjectId) {
            this.subjectId = subjectId;
        }

        public HealthRecord forPurpose(long purposeId) {
            this.purposeId = purposeId;
            return this;
        }

        /** Why HR asks for the approval. */
        public HealthRecord askedFor(String justification) {
            this.justification = justification;
            return this;
        }

        /** What the record says. */
        public HealthRecord saying(String content) {
            this.content = content;
            return this;
        }

        public HealthRecord withDocument(String fileName, byte[] content) {
            document = new DocumentUpload(fileName, content);
            return this;
        }

        /** HR asks, the DPM approves until a week from today, HR records. */
        public Approved recordedThrough(Approvals approvals, SensitiveData sensitive) throws Exception {
            LocalDate until = LocalDate.now().plusDays(7);
            ApprovalView request = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forPerson(
                    subjectId, SpecialCategory.HEALTH, SpecialCategoryCondition.EMPLOYMENT_LAW, null, purposeId,
                    justification, until)));
            ApprovalView approved = Callers.as(Role.DPM, () -> approvals.approve(request.id(), request.version(),
                    until, null));
            SensitiveRecordView record = Callers.as(Role.HR, () -> sensitive.record(subjectId,
                    new SensitiveRecordForm(DataContext.REGISTER.key(), Set.of(), SpecialCategory.HEALTH, purposeId,
                            content, document)));
            return new Approved(approved, record);
        }
    }
}

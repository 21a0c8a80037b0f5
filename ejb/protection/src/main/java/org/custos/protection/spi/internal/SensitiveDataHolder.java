package org.custos.protection.spi.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.protection.Purpose;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.ErasureOutcome;
import java.util.EnumSet;
import org.custos.domain.shared.SpecialCategory;
import org.custos.protection.spi.HeldData;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionRule;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Field;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.SensitiveDataRights.SensitiveDataExport;
import org.custos.security.api.SensitiveDataRights.SensitiveErasure;
import org.custos.security.api.SensitiveDataRights;
import org.custos.security.api.SensitiveDataResumption;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.security.api.SensitiveRecordView;

/**
 * The security context's part of the SPI (ADR 0004): its sensitive records and the approvals about the person.
 * It lives here because security may not see protection. Restriction needs nothing here: the register's flag
 * governs; retention follows the records of the context that recorded them, and a record that context keeps (a
 * sickness absence's health details) stays through the person's erasure here, said so in the outcome, until that
 * context erases it with its own records.
 */
@ApplicationScoped
public class SensitiveDataHolder implements PersonalDataHolder {

    static final String CONTEXT = DataContext.SECURITY.key();
    private static final String RECORD = "SensitiveRecord";
    private static final String CONTENT = "Content";

    @Inject
    SensitiveDataRights sensitive;

    @Inject
    SensitiveDataResumption resumption;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Validator validator;

    @Override
    public DataContext context() {
        return DataContext.SECURITY;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of();
    }

    /** The special-category and criminal-records records (X3, L4) of every context, encrypted at rest. */
    @Override
    public HeldData heldData() {
        return new HeldData(List.of("Special-category and criminal-records records", "Approvals to use them"),
                EnumSet.allOf(SpecialCategory.class), "select subject_id from sec_sensitive_record");
    }

    @Override
    public SubjectDataSection export(long subjectId) {
        return section(sensitive.exportAbout(subjectId));
    }

    /** The resumption's door: the DPM's facade refuses a call with no one signed in. */
    @Override
    public SubjectDataSection exportWithNoOneSignedIn(long subjectId) {
        return section(resumption.exportAbout(subjectId));
    }

    private SubjectDataSection section(SensitiveDataExport held) {
        List<DataItem> items = new ArrayList<>();
        for (SensitiveRecordView record : held.records()) {
            List<Field> fields = new ArrayList<>(List.of(
                    new Field("Category", record.category().label()),
                    new Field("Recorded in", record.context()),
                    new Field(SubjectDataSection.PURPOSE, em.find(Purpose.class, record.purposeId()).name()),
                    new Field("Recorded on", OrganisationTime.DAY.format(record.recordedAt())),
                    new Field(CONTENT, record.content())));
            if (record.document() != null) {
                fields.add(new Field("Document", record.document().fileName()));
                fields.add(new Field("Document SHA-256", record.document().sha256()));
            }
            fields.add(new Field(SubjectDataSection.ABOUT, "Sensitive information about you"));
            items.add(new DataItem(RECORD, Long.toString(record.id()), fields));
        }
        for (ApprovalView approval : held.approvals()) {
            items.add(new DataItem("Approval", Long.toString(approval.id()), List.of(
                    new Field("Data", approval.dataLabel()),
                    new Field("Justification", approval.justification()),
                    new Field("Status", approval.status().label()),
                    new Field("Requested on", OrganisationTime.DAY.format(approval.requestedAt())),
                    new Field(SubjectDataSection.ABOUT, "Approvals to use your sensitive information"))));
        }
        return new SubjectDataSection(CONTEXT, items);
    }

    @Override
    public ErasureOutcome erase(long subjectId) {
        return outcome(sensitive.eraseAbout(subjectId));
    }

    /** The resumption's door, as {@link #exportWithNoOneSignedIn}. */
    @Override
    public ErasureOutcome eraseWithNoOneSignedIn(long subjectId, String startedBy) {
        return outcome(resumption.eraseAbout(subjectId, startedBy));
    }

    private static ErasureOutcome outcome(SensitiveErasure erasure) {
        return new ErasureOutcome(CONTEXT, erasure.erased(), erasure.keptByContext().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(kept -> kept.getValue() + " sensitive record"
                        + (kept.getValue() == 1 ? "" : "s") + " recorded in " + DataContext.labelOf(kept.getKey())
                        + ": kept with the records there that they belong to, and erased with them when their"
                        + " retention ends.")
                .toList());
    }

    @Override
    public List<CorrectableField> correctable(long subjectId) {
        return sensitive.exportAbout(subjectId).records().stream().map(record -> new CorrectableField(CONTEXT,
                RECORD, Long.toString(record.id()), record.category().label() + " record of "
                        + record.recordedAt().toLocalDate(), CONTENT, record.content(), false)).toList();
    }

    /** Corrects a record's content, checked by the rules of recording it; its document stays as it was. */
    @Override
    public RectificationOutcome rectify(long subjectId, List<Correction> corrections) {
        RectificationOutcome.Tally tally = new RectificationOutcome.Tally();
        for (Correction correction : corrections) {
            if (!RECORD.equals(correction.recordType()) || !CONTENT.equals(correction.field())) {
                tally.refused(correction, "Only the content of a sensitive record can be corrected.");
            } else if (tally.valid(correction, validator.validateValue(SensitiveRecordForm.class, "content",
                    correction.value()))) {
                if (sensitive.correct(subjectId, Long.parseLong(correction.recordId()), correction.value())) {
                    tally.corrected();
                } else {
                    tally.refused(correction, "The record is no longer held.");
                }
            }
        }
        return tally.outcome();
    }

    @Override
    public void restrict(long subjectId, boolean restricted) {
        // the register's restriction flag on the person governs every context
    }

    @Override
    public List<RetentionItem> dueForReview(LocalDate asOf) {
        return List.of();
    }
}

package org.custos.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.document.DocumentName;
import org.custos.domain.document.DocumentType;
import org.custos.domain.document.RefusedDocument;
import org.custos.domain.security.Approval;
import org.custos.domain.security.SensitiveDocument;
import org.custos.domain.security.SensitiveRecord;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.CategoryAccess;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentSummary;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveReading;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.security.api.SensitiveRecordView;
import org.custos.security.api.ValidatedArguments;

/** The approval gate (L4) in front of the encrypted sensitive records (X3). */
@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.DPM, Role.Names.HR})
public class DefaultSensitiveData implements SensitiveData {

    private static final String RECORD = "SensitiveRecord";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ApprovalRecords approvals;

    @Inject
    UnrestrictedPeople people;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    @Resource
    SessionContext session;

    @Override
    @Audited(record = "Approval")
    public List<CategoryAccess> access(long subjectId, Set<String> groups) {
        List<Approval> about = approvals.about(subjectId, groups);
        LocalDate today = approvals.today();
        return Arrays.stream(SpecialCategory.values()).map(category -> new CategoryAccess(category,
                approvals.views(about.stream().filter(a -> ApprovalCoverage.covers(a, subjectId, groups, category,
                        null, caller.getName(), today)).toList()),
                approvals.views(about.stream().filter(a -> a.category() == category
                        && a.status() == ApprovalStatus.PENDING).toList()))).toList();
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public SensitiveRecordView record(long subjectId, SensitiveRecordForm form) {
        people.require(subjectId, form.purposeId());
        LocalDate today = approvals.today();
        boolean covered = approvals.about(subjectId, form.groups()).stream().anyMatch(approval -> ApprovalCoverage
                .covers(approval, subjectId, form.groups(), form.category(), form.purposeId(), caller.getName(),
                        today));
        if (!covered) {
            throw refusal(form.category(), "record");
        }
        DocumentUpload document = form.document();
        SensitiveRecord record = new SensitiveRecord(subjectId, form.context(), form.category(), form.purposeId(),
                form.content(), document == null ? null : accepted(document), caller.getName(),
                LocalDateTime.now(clock));
        if (form.keptByContext()) {
            record.keepWithContext();
        }
        em.persist(record);
        em.flush();
        if (document != null) {
            em.persist(new SensitiveDocument(record, document.content()));
            em.flush();
        }
        return view(record);
    }

    private static DocumentFacts accepted(DocumentUpload document) {
        try {
            return DocumentFacts.of(document.fileName(), document.content());
        } catch (RefusedDocument refused) {
            throw new RequestRefused(refused.getMessage());
        }
    }

    @Override
    @Audited(record = RECORD)
    public SensitiveReading read(long subjectId, SpecialCategory category, Set<String> groups) {
        LocalDate today = approvals.today();
        Set<Long> coveredPurposes = approvals.about(subjectId, groups).stream()
                .filter(approval -> ApprovalCoverage.covers(approval, subjectId, groups, category, null,
                        caller.getName(), today))
                .map(Approval::purposeId).collect(Collectors.toSet());
        boolean dpm = session.isCallerInRole(Role.Names.DPM);
        if (coveredPurposes.isEmpty() && !dpm) {
            throw refusal(category, "read");
        }
        List<SensitiveRecord> held = em.createQuery("select r from SensitiveRecord r where r.subjectId = :subject"
                + " and r.category = :category order by r.recordedAt desc, r.id desc", SensitiveRecord.class)
                .setParameter("subject", subjectId).setParameter("category", category).getResultList();
        List<SensitiveRecordView> shown = held.stream()
                .filter(record -> dpm || coveredPurposes.contains(record.purposeId()))
                .map(DefaultSensitiveData::view).toList();
        boolean oversight = dpm && (coveredPurposes.isEmpty()
                || shown.stream().anyMatch(record -> !coveredPurposes.contains(record.purposeId())));
        return new SensitiveReading(subjectId, category, shown, held.size() - shown.size(), oversight);
    }

    @Override
    @Audited(record = "SensitiveDocument")
    public DocumentDownload document(long subjectId, long recordId, Set<String> groups) {
        SensitiveRecord record = em.find(SensitiveRecord.class, recordId);
        if (record == null || record.subjectId() != subjectId || !record.hasDocument()) {
            throw new AccessRefused("There is no such document.");
        }
        LocalDate today = approvals.today();
        boolean covered = approvals.about(subjectId, groups).stream().anyMatch(approval -> ApprovalCoverage
                .covers(approval, subjectId, groups, record.category(), record.purposeId(), caller.getName(),
                        today));
        if (!covered && !session.isCallerInRole(Role.Names.DPM)) {
            throw refusal(record.category(), "read");
        }
        return new DocumentDownload(recordId, subjectId, DocumentName.forDownload(record.documentName(),
                DocumentType.ofMediaType(record.documentType())), record.documentType(),
                em.find(SensitiveDocument.class, recordId).content(), !covered);
    }

    private static AccessRefused refusal(SpecialCategory category, String verb) {
        return new AccessRefused("You cannot " + verb + " " + category.label().toLowerCase() + " data about this "
                + "person: the DPM has not approved it. Request approval first.");
    }

    static SensitiveRecordView view(SensitiveRecord record) {
        DocumentSummary document = record.hasDocument() ? new DocumentSummary(record.documentName(),
                record.documentType(), record.documentSize(), record.documentSha256()) : null;
        return new SensitiveRecordView(record.id(), record.subjectId(), record.context(), record.category(),
                record.purposeId(), record.content(), document, record.recordedBy(), record.recordedAt());
    }
}

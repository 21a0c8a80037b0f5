package org.custos.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.document.RefusedDocument;
import org.custos.domain.document.StoredDocument;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.StaffDocumentKind;
import org.custos.domain.staff.ConflictDeclaration;
import org.custos.domain.staff.RightToWorkCheck;
import org.custos.domain.staff.SecurityClearance;
import org.custos.domain.staff.StaffDocument;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;
import org.custos.staff.api.ClearanceForm;
import org.custos.staff.api.ConflictForm;
import org.custos.staff.api.ConflictReviewForm;
import org.custos.staff.api.ExpiringPermission;
import org.custos.staff.api.RetentionDatesView;
import org.custos.staff.api.RightToWorkForm;
import org.custos.staff.api.StaffChecks;
import org.custos.staff.api.StaffChecksView;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.HR)
public class DefaultStaffChecks implements StaffChecks {

    private static final String RECORD = "StaffFile";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffRecords records;

    @Inject
    StaffCheckViews views;

    @Inject
    ExpiringPermissions expiring;

    @Inject
    ComplianceCalendar calendar;

    @Override
    @Audited(record = RECORD)
    public StaffChecksView checks(long staffFileId) {
        return views.view(records.file(staffFileId));
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = "RightToWorkCheck")
    public StaffChecksView recordRightToWork(long staffFileId, RightToWorkForm form) {
        StaffFile file = changeable(staffFileId);
        refuse(RightToWorkRecheck.refusal(form, calendar.today()));
        List<DocumentFacts> copies = form.copies().stream().map(DefaultStaffChecks::accepted).toList();
        LocalDateTime now = calendar.now();
        RightToWorkCheck check = new RightToWorkCheck(file.id(), form.checkedOn(), form.checkedBy().trim(),
                form.permission(), form.expiresOn(), caller(), now);
        em.persist(check);
        em.flush();
        for (int i = 0; i < copies.size(); i++) {
            em.persist(document(file, check.id(), StaffDocumentKind.RIGHT_TO_WORK, copies.get(i),
                    form.copies().get(i), now));
        }
        em.flush();
        return views.view(file);
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = "ConflictDeclaration")
    public StaffChecksView declareConflict(long staffFileId, ConflictForm form) {
        StaffFile file = changeable(staffFileId);
        refuse(CheckDates.refusal(form, calendar.today()));
        em.persist(new ConflictDeclaration(file.id(), form.declaredOn(), form.what().trim(), caller(),
                calendar.now()));
        em.flush();
        return views.view(file);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = "ConflictDeclaration")
    public StaffChecksView reviewConflict(long staffFileId, long declarationId, long version,
            ConflictReviewForm form) {
        StaffFile file = changeable(staffFileId);
        ConflictDeclaration declaration = em.find(ConflictDeclaration.class, declarationId);
        if (declaration == null || declaration.staffFileId() != staffFileId) {
            throw new AccessRefused("There is no such declaration.");
        }
        ConcurrentChange.check(declaration.version(), version, "This declaration");
        refuse(CheckDates.refusal(form, declaration.declaredOn(), calendar.today()));
        declaration.reviewed(form.reviewedBy().trim(), form.reviewedOn(), form.outcome().trim());
        em.flush();
        return views.view(file);
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = "SecurityClearance")
    public StaffChecksView recordClearance(long staffFileId, ClearanceForm form) {
        StaffFile file = changeable(staffFileId);
        refuse(CheckDates.refusal(form, calendar.today()));
        em.persist(new SecurityClearance(file.id(), form.level().trim(), form.vettingBody().trim(), form.grantedOn(),
                form.expiresOn(), caller(), calendar.now()));
        em.flush();
        return views.view(file);
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = "StaffDocument")
    public StaffChecksView attach(long staffFileId, StaffDocumentKind kind, DocumentUpload upload) {
        StaffFile file = changeable(staffFileId);
        if (kind == StaffDocumentKind.RIGHT_TO_WORK) {
            throw new RequestRefused("Attach right-to-work copies with the check they belong to.");
        }
        em.persist(document(file, null, kind, accepted(upload), upload, calendar.now()));
        em.flush();
        return views.view(file);
    }

    @Override
    @Audited(value = AuditAction.READ, record = "StaffDocument")
    public DocumentDownload document(long staffFileId, long documentId) {
        StaffFile file = records.file(staffFileId);
        StaffDocument document = em.find(StaffDocument.class, documentId);
        if (document == null || document.staffFileId() != staffFileId) {
            throw new AccessRefused("There is no such document.");
        }
        return new DocumentDownload(document.id(), file.subjectId(), document.stored().downloadName(),
                document.stored().mediaType(), document.content(), false);
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<ExpiringPermission> expiring(int first, int pageSize) {
        return expiring.page(calendar.staffExpiriesBy(), calendar.today(), first, pageSize);
    }

    @Override
    @Audited(record = RECORD)
    public RetentionDatesView retentionDates(long staffFileId) {
        StaffFile file = records.file(staffFileId);
        LocalDate leavingDate = records.engagement(file.id()).leavingDate();
        return new RetentionDatesView(file.id(), file.subjectId(), leavingDate,
                StaffRetention.keptUntil(leavingDate, calendar::retentionPeriod));
    }

    /** A file whose person is not restricted (D6). */
    private StaffFile changeable(long staffFileId) {
        StaffFile file = records.file(staffFileId);
        records.unrestricted(file.subjectId());
        return file;
    }

    private StaffDocument document(StaffFile file, Long rightToWorkId, StaffDocumentKind kind, DocumentFacts facts,
            DocumentUpload upload, LocalDateTime now) {
        return new StaffDocument(file.id(), rightToWorkId, kind, new StoredDocument(facts, caller(), now),
                upload.content());
    }

    private static DocumentFacts accepted(DocumentUpload upload) {
        try {
            return DocumentFacts.of(upload.fileName(), upload.content());
        } catch (RefusedDocument refused) {
            throw new RequestRefused(refused.getMessage());
        }
    }

    private static void refuse(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

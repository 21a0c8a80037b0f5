package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.domain.document.StoredDocument;
import org.custos.domain.shared.StaffDocumentKind;
import org.custos.domain.staff.ConflictDeclaration;
import org.custos.domain.staff.RightToWorkCheck;
import org.custos.domain.staff.SecurityClearance;
import org.custos.domain.staff.StaffFile;
import org.custos.staff.api.StaffChecksView;
import org.custos.staff.api.StaffDocumentView;

/** A staff file's checks and documents as pages show them, newest first; documents are read without content. */
@Dependent
class StaffCheckViews {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    StaffRecords records;

    StaffChecksView view(StaffFile file) {
        Map<Long, List<StaffDocumentView>> copies = documents(file.id(), true).stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(StaffCheckViews::document, Collectors.toList())));
        List<StaffChecksView.RightToWorkView> rightToWork = records.ofFile(RightToWorkCheck.class, file.id(), true)
                .stream()
                .map(check -> new StaffChecksView.RightToWorkView(check.id(), check.checkedOn(), check.checkedBy(),
                        check.permission(), check.expiresOn(),
                        RightToWorkRecheck.dueOn(check.permission(), check.expiresOn()).orElse(null),
                        copies.getOrDefault(check.id(), List.of())))
                .toList();
        List<StaffChecksView.ConflictView> conflicts = records.ofFile(ConflictDeclaration.class, file.id(), true)
                .stream()
                .map(d -> new StaffChecksView.ConflictView(d.id(), d.version(), d.declaredOn(), d.what(),
                        d.reviewedBy(), d.reviewedOn(), d.outcome()))
                .toList();
        List<StaffChecksView.ClearanceView> clearances = records.ofFile(SecurityClearance.class, file.id(), true)
                .stream()
                .map(c -> new StaffChecksView.ClearanceView(c.id(), c.level(), c.vettingBody(), c.grantedOn(),
                        c.expiresOn()))
                .toList();
        List<StaffDocumentView> documents = documents(file.id(), false).stream().map(StaffCheckViews::document)
                .toList();
        return new StaffChecksView(file.id(), file.subjectId(), records.name(file.subjectId()), rightToWork,
                conflicts, clearances, documents);
    }

    /** The right-to-work copies (with their check's id) or the other documents, newest first. */
    private List<Object[]> documents(long staffFileId, boolean rightToWork) {
        return em.createQuery("select d.rightToWorkId, d.id, d.kind, d.stored from StaffDocument d"
                + " where d.staffFileId = :file and "
                + (rightToWork ? "d.kind = :kind" : "d.kind <> :kind") + " order by d.id desc", Object[].class)
                .setParameter("file", staffFileId).setParameter("kind", StaffDocumentKind.RIGHT_TO_WORK)
                .getResultList();
    }

    private static StaffDocumentView document(Object[] row) {
        StoredDocument stored = (StoredDocument) row[3];
        return new StaffDocumentView((Long) row[1], (StaffDocumentKind) row[2], stored.fileName(), stored.mediaType(),
                stored.sizeBytes(), stored.sha256(), stored.uploadedBy(), stored.uploadedAt());
    }
}

package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.document.StoredDocument;
import org.custos.domain.shared.StaffDocumentKind;
import org.custos.domain.staff.ConflictDeclaration;
import org.custos.domain.staff.RightToWorkCheck;
import org.custos.domain.staff.SecurityClearance;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Fields;

/**
 * The export of a staff file's checks and documents (D3), a section per record group: right-to-work checks and the
 * copies of their documents, conflict-of-interest declarations, security clearances, contracts and other documents;
 * documents by name and hash, without their content.
 */
@Dependent
class StaffCheckExport {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    StaffRecords records;

    List<DataItem> items(long staffFileId) {
        List<DataItem> items = new ArrayList<>();
        for (RightToWorkCheck check : records.ofFile(RightToWorkCheck.class, staffFileId, false)) {
            items.add(new Fields().about("Your right-to-work checks").add("Checked on", check.checkedOn())
                    .add("Checked by", check.checkedBy()).add("Permission", check.permission().label())
                    .add("Permission expires on", check.expiresOn())
                    .add("Follow-up check due by",
                            RightToWorkRecheck.dueOn(check.permission(), check.expiresOn()).orElse(null))
                    .item("RightToWorkCheck", Long.toString(check.id())));
        }
        for (ConflictDeclaration declaration : records.ofFile(ConflictDeclaration.class, staffFileId, false)) {
            items.add(new Fields().about("Your conflict-of-interest declarations")
                    .add("Declared on", declaration.declaredOn()).add("What", declaration.what())
                    .add("Reviewed by", declaration.reviewedBy()).add("Reviewed on", declaration.reviewedOn())
                    .add("Outcome", declaration.outcome())
                    .item("ConflictDeclaration", Long.toString(declaration.id())));
        }
        for (SecurityClearance clearance : records.ofFile(SecurityClearance.class, staffFileId, false)) {
            items.add(new Fields().about("Your security clearances").add("Level", clearance.level())
                    .add("Vetting body", clearance.vettingBody()).add("Granted on", clearance.grantedOn())
                    .add("Expires on", clearance.expiresOn())
                    .item("SecurityClearance", Long.toString(clearance.id())));
        }
        for (Object[] document : em.createQuery("select d.id, d.kind, d.stored from StaffDocument d"
                + " where d.staffFileId = :file order by d.kind, d.id", Object[].class)
                .setParameter("file", staffFileId).getResultList()) {
            StaffDocumentKind kind = (StaffDocumentKind) document[1];
            items.add(new Fields().about(kind == StaffDocumentKind.RIGHT_TO_WORK
                            ? "Copies of your right-to-work documents" : "Your contract and other documents")
                    .add("Kind", kind.label()).document((StoredDocument) document[2])
                    .item("StaffDocument", document[0].toString()));
        }
        return items;
    }
}

package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.staff.Engagement;
import org.custos.domain.staff.StaffBankDetails;
import org.custos.domain.staff.StaffEmergencyContact;
import org.custos.domain.staff.StaffFile;
import org.custos.staff.api.StaffFileView;

/** A staff file as pages show it: the account number masked to its last digits. */
@Dependent
class StaffFileViews {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    StaffRecords records;

    StaffFileView view(StaffFile file) {
        List<StaffFileView.EngagementView> history = em.createQuery("select e from Engagement e"
                + " where e.staffFileId = :file order by e.id desc", Engagement.class).setParameter("file", file.id())
                .getResultStream().map(this::engagement).toList();
        StaffBankDetails bank = em.find(StaffBankDetails.class, file.id());
        String number = bank == null ? null : bank.accountNumber();
        var contacts = em.createQuery("select c from StaffEmergencyContact c where c.staffFileId = :file order by c.id",
                StaffEmergencyContact.class).setParameter("file", file.id()).getResultStream()
                .map(contact -> new StaffFileView.EmergencyContactView(contact.subjectId(),
                        records.name(contact.subjectId()), contact.relationship()))
                .toList();
        return new StaffFileView(file.id(), file.version(), file.subjectId(), records.name(file.subjectId()),
                file.hiredApplicationId(), history,
                number == null ? null : "••••" + number.substring(number.length() - 4), contacts);
    }

    private StaffFileView.EngagementView engagement(Engagement e) {
        String manager = e.lineManagerFileId() == null ? null
                : records.name(records.file(e.lineManagerFileId()).subjectId());
        return new StaffFileView.EngagementView(e.type(), e.jobTitle(), e.department(), e.lineManagerFileId(),
                manager, e.placeOfWork(), e.contractType(), e.weeklyHours(), e.startDate(), e.probationEnd(),
                e.leavingDate(), e.leavingReason(), e.recordedBy(), e.recordedAt());
    }
}

package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.custos.domain.staff.Engagement;
import org.custos.domain.staff.StaffBankDetails;
import org.custos.domain.staff.StaffEmergencyContact;
import org.custos.domain.staff.StaffFile;
import org.custos.domain.subject.DataSubject;
import org.custos.staff.api.StaffFileView;

/**
 * A staff file as pages show it: the account number masked to its last digits; the line managers its history names
 * and its emergency contacts each read with their names in one statement, however many rows there are.
 */
@Dependent
class StaffFileViews {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    StaffFileView view(StaffFile file) {
        List<Engagement> rows = em.createQuery("select e from Engagement e where e.staffFileId = :file"
                + " order by e.id desc", Engagement.class).setParameter("file", file.id()).getResultList();
        Map<Long, String> managers = managerNames(rows);
        List<StaffFileView.EngagementView> history = rows.stream().map(row -> engagement(row,
                row.lineManagerFileId() == null ? null : managers.get(row.lineManagerFileId()))).toList();
        StaffBankDetails bank = em.find(StaffBankDetails.class, file.id());
        String number = bank == null ? null : bank.accountNumber();
        List<StaffFileView.EmergencyContactView> contacts = em.createQuery("select c, s.givenNames, s.familyName"
                + " from StaffEmergencyContact c, DataSubject s where s.id = c.subjectId and c.staffFileId = :file"
                + " order by c.id", Object[].class).setParameter("file", file.id()).getResultStream()
                .map(row -> new StaffFileView.EmergencyContactView(((StaffEmergencyContact) row[0]).subjectId(),
                        row[1] + " " + row[2], ((StaffEmergencyContact) row[0]).relationship()))
                .toList();
        DataSubject person = em.find(DataSubject.class, file.subjectId());
        return new StaffFileView(file.id(), file.version(), file.subjectId(), person.givenNames() + " "
                + person.familyName(), person.restricted(), file.hiredApplicationId(), history,
                masked(number), contacts);
    }

    /** An account number as pages show it: its last four digits; null for none. */
    static String masked(String number) {
        return number == null ? null : "••••" + number.substring(number.length() - 4);
    }

    /** The names of the line managers the rows name, by their staff file's id. */
    private Map<Long, String> managerNames(List<Engagement> rows) {
        List<Long> files = rows.stream().map(Engagement::lineManagerFileId).filter(Objects::nonNull).distinct()
                .toList();
        if (files.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select f.id, s.givenNames, s.familyName from StaffFile f, DataSubject s"
                + " where s.id = f.subjectId and f.id in :files", Object[].class).setParameter("files", files)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> row[1] + " " + row[2]));
    }

    private static StaffFileView.EngagementView engagement(Engagement e, String manager) {
        return new StaffFileView.EngagementView(e.type(), e.jobTitle(), e.department(), e.lineManagerFileId(),
                manager, e.placeOfWork(), e.contractType(), e.weeklyHours(), e.startDate(), e.probationEnd(),
                e.leavingDate(), e.leavingReason(), e.recordedBy(), e.recordedAt());
    }
}

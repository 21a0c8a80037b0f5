package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.staff.ChangeReport;
import org.custos.domain.staff.StaffAccount;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Fields;

/**
 * What the staff holder keeps of a member of staff's own access (A1): the account linked to their record and the
 * changes they reported, exported with the file and erased once no staff file of theirs is left.
 */
@Dependent
class SelfServiceRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    List<DataItem> exported(long subjectId) {
        List<DataItem> items = new ArrayList<>();
        StaffAccount account = em.find(StaffAccount.class, subjectId);
        if (account != null) {
            items.add(new Fields().about("The account you see your own record with").add("Account", account.username())
                    .add("Linked on", account.linkedAt().toLocalDate()).item("StaffAccount", Long.toString(subjectId)));
        }
        for (ChangeReport report : reports(subjectId)) {
            items.add(new Fields().about("A change you reported to your record").add("Record", report.recordLabel())
                    .add("Detail", report.field()).add("New value", report.newValue())
                    .add("Reported on", report.reportedAt().toLocalDate()).add("Outcome", report.state().label())
                    .add("Reason", report.reason()).item("ChangeReport", Long.toString(report.id())));
        }
        return items;
    }

    /** Erases the account's link and the reports when the person has no staff file left; the rows erased. */
    int eraseWhenNoFileLeft(long subjectId) {
        long files = em.createQuery("select count(f) from StaffFile f where f.subjectId = :subject", Long.class)
                .setParameter("subject", subjectId).getSingleResult();
        if (files > 0) {
            return 0;
        }
        int erased = em.createQuery("delete from ChangeReport r where r.subjectId = :subject")
                .setParameter("subject", subjectId).executeUpdate();
        return erased + em.createQuery("delete from StaffAccount a where a.subjectId = :subject")
                .setParameter("subject", subjectId).executeUpdate();
    }

    private List<ChangeReport> reports(long subjectId) {
        return em.createQuery("select r from ChangeReport r where r.subjectId = :subject order by r.id",
                ChangeReport.class).setParameter("subject", subjectId).getResultList();
    }
}

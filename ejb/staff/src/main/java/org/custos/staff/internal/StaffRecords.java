package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.custos.domain.staff.Engagement;
import org.custos.domain.staff.StaffBankDetails;
import org.custos.domain.staff.StaffFile;
import org.custos.domain.subject.DataSubject;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.RequestRefused;
import org.custos.staff.api.BankDetailsView;

/** How the staff context loads its files and the people they name. */
@Dependent
class StaffRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    StaffFile file(long staffFileId) {
        StaffFile file = em.find(StaffFile.class, staffFileId);
        if (file == null) {
            throw new AccessRefused("There is no such staff file.");
        }
        return file;
    }

    /** The file's bank details in full (X3), when recorded. */
    Optional<BankDetailsView> bankDetails(StaffFile file) {
        return Optional.ofNullable(em.find(StaffBankDetails.class, file.id())).map(bank -> new BankDetailsView(
                file.id(), file.subjectId(), bank.accountHolder(), bank.sortCode(), bank.accountNumber()));
    }

    /** The engagement as it stands: its latest row (rows are only ever added). */
    Engagement engagement(long staffFileId) {
        return em.createQuery("select e from Engagement e where e.staffFileId = :file and e.latest = true",
                Engagement.class).setParameter("file", staffFileId).getSingleResult();
    }

    /** A person may have one staff file whose engagement has not ended: refused otherwise. */
    void requireNoCurrentFile(long subjectId) {
        long current = em.createQuery("select count(e) from Engagement e, StaffFile f where f.id = e.staffFileId"
                + " and f.subjectId = :subject and e.leavingDate is null and e.latest = true", Long.class).setParameter("subject", subjectId)
                .getSingleResult();
        if (current > 0) {
            throw new RequestRefused(name(subjectId) + " already has a staff file for a current engagement.");
        }
    }

    /** A person a change uses: in the register and not restricted (D6). */
    DataSubject unrestricted(long subjectId) {
        DataSubject subject = em.find(DataSubject.class, subjectId);
        if (subject == null) {
            throw new RequestRefused("There is no such person in the register.");
        }
        if (subject.restricted()) {
            throw AccessRefused.restricted();
        }
        return subject;
    }

    /** Whether the person's data may only be stored (D6), so that a page says so before anyone types. */
    boolean restricted(long subjectId) {
        DataSubject subject = em.find(DataSubject.class, subjectId);
        return subject != null && subject.restricted();
    }

    /** The rows of one kind that hang on a file, in the order recorded or newest first. */
    <T> List<T> ofFile(Class<T> type, long staffFileId, boolean newestFirst) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.staffFileId = :file order by x.id"
                + (newestFirst ? " desc" : ""), type).setParameter("file", staffFileId).getResultList();
    }

    /** "Given Family", or null for nobody. */
    String name(Long subjectId) {
        DataSubject subject = subjectId == null ? null : em.find(DataSubject.class, subjectId);
        return subject == null ? null : subject.givenNames() + " " + subject.familyName();
    }
}

package org.custos.complaints.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.complaints.Complaint;
import org.custos.domain.complaints.ComplaintHandler;
import org.custos.domain.complaints.ComplaintPersonNamed;
import org.custos.domain.complaints.InvestigationNote;
import org.custos.domain.subject.DataSubject;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.RequestRefused;

/** Loads a complaint file and its parts, each in one statement; and the people it names from the register. */
@Dependent
class ComplaintRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Complaint complaint(long complaintId) {
        Complaint complaint = em.find(Complaint.class, complaintId);
        if (complaint == null) {
            throw new RequestRefused("There is no such complaint.");
        }
        return complaint;
    }

    List<String> handlersOf(long complaintId) {
        return em.createQuery("select h.account from ComplaintHandler h where h.complaintId = :complaint"
                + " order by h.account", String.class).setParameter("complaint", complaintId).getResultList();
    }

    void replaceHandlers(long complaintId, List<String> accounts) {
        em.createQuery("delete from ComplaintHandler h where h.complaintId = :complaint")
                .setParameter("complaint", complaintId).executeUpdate();
        accounts.forEach(account -> em.persist(new ComplaintHandler(complaintId, account)));
    }

    List<Long> peopleNamedIn(long complaintId) {
        return em.createQuery("select p.subjectId from ComplaintPersonNamed p where p.complaintId = :complaint"
                + " order by p.id", Long.class).setParameter("complaint", complaintId).getResultList();
    }

    void name(long complaintId, List<Long> subjectIds) {
        subjectIds.stream().distinct().forEach(subject -> em.persist(new ComplaintPersonNamed(complaintId, subject)));
    }

    List<InvestigationNote> stepsOf(long complaintId) {
        return em.createQuery("select n from InvestigationNote n where n.complaintId = :complaint"
                + " order by n.notedOn, n.id", InvestigationNote.class).setParameter("complaint", complaintId)
                .getResultList();
    }

    /** The person, who must be in the register and not restricted (D6). */
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

    /** The person's name as the register has it; null for someone no longer there. */
    String nameOf(Long subjectId) {
        DataSubject subject = subjectId == null ? null : em.find(DataSubject.class, subjectId);
        return subject == null ? null : subject.givenNames() + " " + subject.familyName();
    }
}

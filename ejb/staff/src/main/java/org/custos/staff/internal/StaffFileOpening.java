package org.custos.staff.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.staff.Engagement;
import org.custos.domain.staff.PendingHire;
import org.custos.domain.staff.StaffBankDetails;
import org.custos.domain.staff.StaffEmergencyContact;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.notices.api.NoticeLedger;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.recruitment.api.HireHandover;

/**
 * Opens a staff file (T1, R2): for a hire, with the final offer's bank details re-encrypted under the staff file's
 * own columns (ADR 0009: a ciphertext is bound to where it is stored) and its emergency contacts, which recruitment
 * then no longer keeps; or directly, for someone not hired through Custos. The person gains the staff category, and
 * is recorded as given the staff privacy notice in person that day (N2), or owed it while none is issued.
 */
@Dependent
class StaffFileOpening {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    StaffRecords records;

    @Inject
    HireHandover handover;

    @EJB
    PeopleRegister register;

    @Inject
    NoticeLedger notices;

    StaffFile fromHire(PendingHire hire, String by) {
        StaffFile file = opened(hire.subjectId(), hire.applicationId(), EngagementType.EMPLOYEE, hire.jobTitle(),
                hire.startsOn(), by);
        HireHandover.Handed handed = handover.handOver(hire.applicationId());
        HireHandover.BankDetails bank = handed.bankDetails();
        if (bank != null) {
            StaffBankDetails details = new StaffBankDetails(file.id());
            details.record(bank.accountHolder(), bank.sortCode(), bank.accountNumber(), by, calendar.now());
            em.persist(details);
        }
        handed.emergencyContacts().forEach(contact -> em.persist(new StaffEmergencyContact(file.id(),
                contact.subjectId(), contact.relationship())));
        em.remove(hire);
        em.flush();
        return file;
    }

    StaffFile direct(long subjectId, EngagementType type, String jobTitle, LocalDate startDate, String by) {
        records.unrestricted(subjectId);
        StaffFile file = opened(subjectId, null, type, jobTitle, startDate, by);
        em.flush();
        return file;
    }

    private StaffFile opened(long subjectId, Long applicationId, EngagementType type, String jobTitle,
            LocalDate startDate, String by) {
        records.requireNoCurrentFile(subjectId);
        LocalDateTime now = calendar.now();
        StaffFile file = new StaffFile(subjectId, applicationId, by, now);
        em.persist(file);
        em.flush();
        em.persist(new Engagement(file.id(), type, jobTitle, startDate, by, now));
        register.addCategory(subjectId, SubjectCategory.STAFF);
        notices.collected(subjectId, NoticeAudience.STAFF, now.toLocalDate(), NoticeMethod.IN_PERSON,
                StaffDataHolder.CONTEXT, file.id());
        return file;
    }
}

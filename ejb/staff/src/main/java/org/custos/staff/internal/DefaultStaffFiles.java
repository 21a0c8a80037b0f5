package org.custos.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.shared.Texts;
import org.custos.domain.staff.Engagement;
import org.custos.domain.staff.PendingHire;
import org.custos.domain.staff.StaffEmergencyContact;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.recruitment.api.EmergencyContactForm;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;
import org.custos.staff.api.BankDetailsView;
import org.custos.staff.api.EngagementForm;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.PendingHireView;
import org.custos.staff.api.StaffQuery;
import org.custos.staff.api.StaffSummary;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultStaffFiles implements StaffFiles {

    private static final String RECORD = "StaffFile";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffRecords records;

    @Inject
    StaffFileViews views;

    @Inject
    StaffFileOpening opening;

    @Inject
    StaffList list;

    @Inject
    StaffCategories categories;

    @Inject
    ComplianceCalendar calendar;

    @EJB
    HireOpenings openings;

    @EJB
    PeopleRegister register;

    @Override
    @Audited(record = RECORD)
    public StaffFileView file(long staffFileId) {
        return views.view(records.file(staffFileId));
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public StaffFileView open(OpenStaffFileForm form) {
        StaffFile file = opening.direct(form.person().idIn(register), form.type(), form.jobTitle().trim(),
                form.startDate(), session.getCallerPrincipal().getName());
        return views.view(file);
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<StaffSummary> search(StaffQuery query) {
        return list.page(query);
    }

    @Override
    @Audited(record = RECORD)
    public List<StaffSummary> filesOf(long subjectId) {
        return list.of(subjectId);
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public StaffFileView changeEngagement(long staffFileId, long version, EngagementForm form) {
        StaffFile file = records.file(staffFileId);
        records.unrestricted(file.subjectId());
        ConcurrentChange.check(file.version(), version, "This staff file");
        EngagementChanges.refusal(staffFileId, form).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        if (form.lineManagerFileId() != null && em.find(StaffFile.class, form.lineManagerFileId()) == null) {
            throw new RequestRefused("Choose the line manager among the staff.");
        }
        Engagement previous = records.engagement(staffFileId);
        boolean wasLeaver = previous.leavingDate() != null;
        previous.supersede();
        em.persist(new Engagement(staffFileId, form.type(), form.jobTitle().trim(),
                Texts.blankToNull(form.department()), form.lineManagerFileId(), Texts.blankToNull(form.placeOfWork()),
                Texts.blankToNull(form.contractType()), form.weeklyHours(), form.startDate(), form.probationEnd(),
                form.leavingDate(), Texts.blankToNull(form.leavingReason()), session.getCallerPrincipal().getName(),
                calendar.now()));
        em.lock(file, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (wasLeaver != (form.leavingDate() != null)) {
            categories.follow(file.subjectId(), form.leavingDate() != null);
        }
        em.flush();
        return views.view(file);
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public StaffFileView addEmergencyContact(long staffFileId, EmergencyContactForm form) {
        StaffFile file = records.file(staffFileId);
        records.unrestricted(file.subjectId());
        long contactId = form.contact().idIn(register);
        records.unrestricted(contactId);
        List<Long> current = contactsOf(staffFileId).stream().map(StaffEmergencyContact::subjectId).toList();
        EmergencyContactChanges.refusal(file.subjectId(), current, contactId).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        em.persist(new StaffEmergencyContact(staffFileId, contactId, form.relationship().trim()));
        register.addCategory(contactId, SubjectCategory.EMERGENCY_CONTACT);
        em.flush();
        return views.view(file);
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public StaffFileView removeEmergencyContact(long staffFileId, long contactSubjectId) {
        StaffFile file = records.file(staffFileId);
        records.unrestricted(file.subjectId());
        List<StaffEmergencyContact> removed = contactsOf(staffFileId).stream()
                .filter(contact -> contact.subjectId() == contactSubjectId).toList();
        if (removed.isEmpty()) {
            throw new RequestRefused("This person is not an emergency contact in this staff file.");
        }
        removed.forEach(em::remove);
        em.flush();
        return views.view(file);
    }

    private List<StaffEmergencyContact> contactsOf(long staffFileId) {
        return em.createQuery("select c from StaffEmergencyContact c where c.staffFileId = :file",
                StaffEmergencyContact.class).setParameter("file", staffFileId).getResultList();
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(record = "BankDetails")
    public BankDetailsView bankDetails(long staffFileId) {
        return records.bankDetails(records.file(staffFileId))
                .orElseThrow(() -> new RequestRefused("No bank details are recorded in this staff file."));
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = "PendingHire")
    public List<PendingHireView> pendingHires() {
        return em.createQuery("select p, s.givenNames, s.familyName from PendingHire p, DataSubject s"
                + " where s.id = p.subjectId order by p.hiredAt, p.applicationId", Object[].class).getResultStream()
                .map(row -> {
                    PendingHire hire = (PendingHire) row[0];
                    return new PendingHireView(hire.applicationId(), hire.subjectId(), row[1] + " " + row[2],
                            hire.jobTitle(), hire.startsOn(), hire.hiredBy(), hire.hiredAt(), hire.failure());
                })
                .toList();
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public StaffFileView retry(long applicationId) {
        HireOpenings.Attempt attempt = openings.attempt(applicationId);
        if (attempt.failure() != null) {
            throw new RequestRefused(attempt.failure());
        }
        return views.view(records.file(attempt.staffFileId()));
    }
}

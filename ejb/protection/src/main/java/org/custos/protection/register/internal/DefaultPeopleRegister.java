package org.custos.protection.register.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.subject.DataSubject;
import org.custos.domain.subject.PostalAddress;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.Registration;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.register.api.SubjectQuery;
import org.custos.protection.register.api.SubjectSummary;
import org.custos.domain.shared.ClientScope;
import org.custos.domain.shared.Texts;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultPeopleRegister implements PeopleRegister {

    private static final String RECORD = "DataSubject";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Subjects subjects;

    @Inject
    SubjectSearch search;

    @Inject
    PeopleCount count;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<SubjectSummary> search(SubjectQuery query) {
        return search.page(query);
    }

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public SubjectDetails details(long subjectId) {
        return Subjects.details(subjects.byId(subjectId));
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public Registration register(SubjectForm form) {
        List<SubjectSummary> duplicates = possibleDuplicates(form);
        return duplicates.isEmpty() ? new Registration(created(form), List.of()) : new Registration(null, duplicates);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, ClientScope.Names.INTAKE, ClientScope.Names.CONSENT})
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public SubjectDetails registerConfirmed(SubjectForm form) {
        return created(form);
    }

    /** People who may be the one on the form (S1): the same email, or the same names and date of birth. */
    private List<SubjectSummary> possibleDuplicates(SubjectForm form) {
        List<DataSubject> matches = new ArrayList<>();
        List<String> emails = form.emails().stream().map(DataSubject::normalisedEmail).toList();
        if (!emails.isEmpty()) {
            matches.addAll(em.createQuery("select distinct s from DataSubject s join s.emails e"
                    + " where e in :emails", DataSubject.class).setParameter("emails", emails).getResultList());
        }
        if (form.dateOfBirth() != null) {
            em.createQuery("select s from DataSubject s where s.searchName = :name and s.dateOfBirth = :born",
                    DataSubject.class)
                    .setParameter("name", DataSubject.searchName(form.givenNames(), form.familyName()))
                    .setParameter("born", form.dateOfBirth()).getResultList().stream()
                    .filter(match -> !matches.contains(match)).forEach(matches::add);
        }
        return matches.stream().map(Subjects::summary).toList();
    }

    private SubjectDetails created(SubjectForm form) {
        DataSubject subject = new DataSubject(form.givenNames().trim(), form.familyName().trim(), now(),
                caller.getName());
        fill(subject, form);
        em.persist(subject);
        em.flush();
        count.registered();
        return Subjects.details(subject);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public SubjectDetails update(long subjectId, long version, SubjectForm form) {
        DataSubject subject = subjects.byId(subjectId);
        ConcurrentChange.check(subject.version(), version, "This person's record");
        subjects.unrestricted(subjectId);
        subject.rename(form.givenNames().trim(), form.familyName().trim());
        fill(subject, form);
        subject.touched(now(), caller.getName());
        em.flush();
        return Subjects.details(subject);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public SubjectDetails addCategory(long subjectId, SubjectCategory category) {
        DataSubject subject = subjects.unrestricted(subjectId);
        if (subject.addCategory(category)) {
            subject.touched(now(), caller.getName());
            em.flush();
        }
        return Subjects.details(subject);
    }

    private void fill(DataSubject subject, SubjectForm form) {
        subject.describe(form.dateOfBirth(), form.emails(), Texts.blankToNull(form.phone()),
                new PostalAddress(Texts.blankToNull(form.addressLine1()), Texts.blankToNull(form.addressLine2()),
                        Texts.blankToNull(form.town()), Texts.blankToNull(form.postcode()), Texts.blankToNull(form.country())));
        subject.categorise(form.categories());
        boolean newlyFlagged = form.doNotContact() && !subject.doNotContact();
        LocalDate since = newlyFlagged ? LocalDate.now(clock) : subject.doNotContactSince();
        subject.setDoNotContact(form.doNotContact(), Texts.blankToNull(form.doNotContactReason()), since);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

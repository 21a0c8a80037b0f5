package org.custos.recruitment.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.EmergencyContact;
import org.custos.domain.recruitment.FinalOffer;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.recruitment.api.BankDetailsForm;
import org.custos.recruitment.api.EmergencyContactForm;
import org.custos.recruitment.api.FinalOffers;
import org.custos.recruitment.api.OfferView;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultFinalOffers implements FinalOffers {

    private static final String RECORD = "FinalOffer";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    RecruitmentRecords records;

    @EJB
    PeopleRegister register;

    @Override
    @Audited(record = RECORD)
    public OfferView offer(long applicationId) {
        return view(records.application(applicationId, RecruitmentCaller.of(session)));
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public OfferView recordBankDetails(long applicationId, Long version, BankDetailsForm form) {
        Application application = atFinalOffer(applicationId);
        FinalOffer offer = em.find(FinalOffer.class, applicationId);
        if (offer == null ? version != null : version == null || offer.version() != version) {
            throw new ConcurrentChange("This offer");
        }
        if (offer == null) {
            offer = new FinalOffer(applicationId);
            em.persist(offer);
        }
        offer.record(form.madeOn(), form.accountHolder().trim(), BankDetailsForm.dashed(form.sortCode()),
                form.accountNumber(), RecruitmentCaller.of(session).name(), calendar.now());
        em.flush();
        return view(application);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public OfferView addEmergencyContact(long applicationId, EmergencyContactForm form) {
        Application application = atFinalOffer(applicationId);
        long contactId = form.contact().idIn(register);
        records.unrestricted(contactId);
        if (contactId == application.subjectId()) {
            throw new RequestRefused("Applicants cannot be their own emergency contacts.");
        }
        em.persist(new EmergencyContact(applicationId, contactId, form.relationship().trim()));
        register.addCategory(contactId, SubjectCategory.EMERGENCY_CONTACT);
        em.flush();
        return view(application);
    }

    private Application atFinalOffer(long applicationId) {
        Application application = records.changeable(applicationId, RecruitmentCaller.of(session));
        if (application.status() != ApplicationStatus.FINAL_OFFER) {
            throw new RequestRefused("Bank details and emergency contacts are recorded at the final offer; this "
                    + "application " + application.status().state() + ".");
        }
        return application;
    }

    private OfferView view(Application application) {
        FinalOffer offer = em.find(FinalOffer.class, application.id());
        var contacts = em.createQuery("select e from EmergencyContact e where e.applicationId = :id order by e.id",
                EmergencyContact.class).setParameter("id", application.id()).getResultStream()
                .map(contact -> new OfferView.EmergencyContactView(contact.id(), contact.subjectId(),
                        records.name(contact.subjectId()), contact.relationship()))
                .toList();
        if (offer == null) {
            return new OfferView(application.id(), application.subjectId(), null, null, false, null, null, null,
                    contacts, null);
        }
        if (offer.movedToStaffAt() != null) {
            return new OfferView(application.id(), application.subjectId(), offer.version(), offer.madeOn(), false,
                    null, null, null, contacts, offer.movedToStaffAt().toLocalDate());
        }
        String number = offer.accountNumber();
        return new OfferView(application.id(), application.subjectId(), offer.version(), offer.madeOn(), true,
                offer.accountHolder(), offer.sortCode(), "••••" + number.substring(number.length() - 4), contacts,
                null);
    }
}

package org.custos.recruitment.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.EmergencyContact;
import org.custos.domain.recruitment.FinalOffer;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.recruitment.api.HireHandover;
import org.custos.security.api.RequestRefused;

@Dependent
class OfferHandover implements HireHandover {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Override
    public Handed handOver(long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || application.status() != ApplicationStatus.HIRED) {
            throw new RequestRefused("Only a hired applicant's offer moves to a staff file.");
        }
        FinalOffer offer = em.find(FinalOffer.class, applicationId);
        if (offer != null && offer.movedToStaffAt() != null) {
            throw new RequestRefused("This offer's bank details have already moved to a staff file.");
        }
        BankDetails bank = offer == null || offer.accountNumber() == null ? null
                : new BankDetails(offer.accountHolder(), offer.sortCode(), offer.accountNumber());
        List<EmergencyContact> contacts = em.createQuery("select e from EmergencyContact e"
                + " where e.applicationId = :id order by e.id", EmergencyContact.class)
                .setParameter("id", applicationId).getResultList();
        Handed handed = new Handed(bank, contacts.stream()
                .map(contact -> new Contact(contact.subjectId(), contact.relationship())).toList());
        if (offer != null) {
            offer.movedToStaff(calendar.now());
        }
        contacts.forEach(em::remove);
        em.flush();
        return handed;
    }
}

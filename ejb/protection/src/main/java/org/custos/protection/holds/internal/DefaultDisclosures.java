package org.custos.protection.holds.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.domain.protection.Disclosure;
import org.custos.domain.protection.Purpose;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.holds.api.DisclosureForm;
import org.custos.protection.holds.api.DisclosureView;
import org.custos.protection.holds.api.Disclosures;
import org.custos.protection.purposes.api.PurposeStops;
import org.custos.protection.register.api.RegisteredPeople;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultDisclosures implements Disclosures {

    private static final String RECORD = "Disclosure";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RegisteredPeople subjects;

    @Inject
    DefaultDisclosureLog log;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    @Inject
    PurposeStops stops;

    @Inject
    Recipients recipients;

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public DisclosureView record(long subjectId, DisclosureForm form) {
        DataSubject subject = subjects.byId(subjectId);
        Purpose purpose = em.find(Purpose.class, form.purposeId());
        if (purpose == null) {
            throw new RequestRefused("There is no such purpose: choose one of the list.");
        }
        stops.requireUsable(subjectId, purpose);
        String recipient = form.recipient() == null || form.recipient().isBlank() ? null : form.recipient().trim();
        if (form.organisationId() != null) {
            String organisation = recipients.acceptable(form.organisationId());
            // Recorded as the organisation's name when nobody there is named: whom the notices of D5 tell.
            recipient = recipient == null ? organisation : recipient;
        }
        Disclosure disclosure = new Disclosure(subjectId, recipient, form.organisationId(), form.disclosed().trim(),
                purpose.id(), form.disclosedOn(), caller.getName(), LocalDateTime.now(clock));
        em.persist(disclosure);
        em.flush();
        return log.view(disclosure, purpose, subject);
    }

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<DisclosureView> of(long subjectId) {
        subjects.byId(subjectId);
        return log.of(subjectId);
    }

    @Override
    @Audited(value = AuditAction.READ, record = "Organisation")
    public Page<DisclosureView> toOrganisation(long organisationId, int first, int pageSize) {
        return log.toOrganisation(organisationId, first, pageSize);
    }
}

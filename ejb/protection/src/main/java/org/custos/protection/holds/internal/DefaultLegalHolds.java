package org.custos.protection.holds.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import org.custos.domain.protection.LegalHold;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Texts;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.holds.api.HeldRecords;
import org.custos.protection.holds.api.LegalHoldForm;
import org.custos.protection.holds.api.LegalHoldView;
import org.custos.protection.holds.api.LegalHolds;
import org.custos.protection.register.api.RegisteredPeople;
import org.custos.protection.shared.Dates;
import org.custos.protection.spi.HolderRegistry;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultLegalHolds implements LegalHolds {

    private static final String RECORD = "LegalHold";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RegisteredPeople subjects;

    @Inject
    HeldRecords held;

    @Inject
    HolderRegistry holders;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Principal caller;

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<LegalHoldView> of(long subjectId) {
        subjects.byId(subjectId);
        return held.of(subjectId).stream().map(DefaultLegalHolds::view).toList();
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public List<LegalHoldView> place(long subjectId, LegalHoldForm form) {
        subjects.byId(subjectId);
        String context = Texts.blankToNull(form.context());
        if (context != null && !holders.contexts().contains(context)) {
            throw new RequestRefused("No context " + context + " holds personal data: choose one of the list.");
        }
        em.persist(new LegalHold(subjectId, context, form.reason().trim(), calendar.today(), caller.getName()));
        em.flush();
        return of(subjectId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<LegalHoldView> lift(long subjectId, long holdId, long version) {
        LegalHold hold = em.find(LegalHold.class, holdId);
        if (hold == null || hold.subjectId() != subjectId) {
            throw new AccessRefused("There is no such legal hold.");
        }
        ConcurrentChange.check(hold.version(), version, "This legal hold");
        if (!hold.inForce()) {
            throw new RequestRefused("This hold was already lifted on " + Dates.day(hold.liftedOn()) + ".");
        }
        hold.lift(calendar.today(), caller.getName());
        em.flush();
        return of(subjectId);
    }

    private static LegalHoldView view(LegalHold hold) {
        return new LegalHoldView(hold.id(), hold.version(), hold.context(), hold.reason(), hold.placedOn(),
                hold.placedBy(), hold.liftedOn(), hold.liftedBy());
    }
}

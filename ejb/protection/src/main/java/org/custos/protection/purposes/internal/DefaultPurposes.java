package org.custos.protection.purposes.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.custos.domain.protection.Purpose;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.purposes.api.Article30Form;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.purposes.api.PurposeStopView;
import org.custos.protection.purposes.api.PurposeStops;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.ADMIN, Role.Names.DPM, Role.Names.HR, Role.Names.HIRING_MANAGER,
        Role.Names.FINANCE, Role.Names.STAFF})
public class DefaultPurposes implements Purposes {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    @Inject
    PurposeStops stops;

    @Override
    @AuditExempt("reads no personal data: the list of purposes")
    public List<PurposeView> purposes() {
        return em.createQuery("select p from Purpose p order by p.name", Purpose.class).getResultList().stream()
                .map(DefaultPurposes::view).toList();
    }

    @Override
    @AuditExempt("reads no personal data: one purpose's definition")
    public PurposeView purpose(long purposeId) {
        return view(byId(purposeId));
    }

    @Override
    @RolesAllowed({Role.Names.DPM, Role.Names.HR})
    @Audited(value = AuditAction.READ, record = "PurposeStop")
    public List<PurposeStopView> stoppedFor(long subjectId) {
        return stops.of(subjectId);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = "Purpose")
    public PurposeView save(PurposeForm form) {
        boolean nameTaken = em.createQuery("select p from Purpose p where lower(p.name) = :name", Purpose.class)
                .setParameter("name", form.name().trim().toLowerCase(Locale.ROOT)).getResultStream()
                .anyMatch(other -> !other.id().equals(form.id()));
        if (nameTaken) {
            throw new RequestRefused("Another purpose is already called " + form.name().trim() + ".");
        }
        if (form.context() != null && !SubjectCategory.contexts().contains(form.context())) {
            throw new RequestRefused("Choose the records that serve the purpose from the list.");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Purpose purpose;
        if (form.id() == null) {
            purpose = new Purpose(form.name(), now, caller.getName());
            em.persist(purpose);
        } else {
            purpose = byId(form.id());
            ConcurrentChange.check(purpose.version(), form.version(), "The purpose " + purpose.name());
        }
        purpose.define(form.name().trim(), form.description().trim(), form.lawfulBasis(),
                form.legitimateInterest(), form.necessity(), form.balance(), form.specialCategoryCondition(),
                form.reviewDate(), now, caller.getName());
        purpose.recordTransfersAndAutomatedDecisions(form.transfers(), form.automatedDecisions());
        purpose.servedBy(form.context());
        em.flush();
        return view(purpose);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = "Purpose")
    public PurposeView saveArticle30(long purposeId, Article30Form form) {
        Purpose purpose = byId(purposeId);
        ConcurrentChange.check(purpose.version(), form.version(), "The purpose " + purpose.name());
        purpose.recordArticle30(form.businessFunction(), form.jointController(), form.jointControllerContact(),
                form.securityMeasures(), form.dataLocation(), form.retentionPolicyLink(), form.schedule1Condition(),
                form.dataSource(), LocalDateTime.now(clock), caller.getName());
        em.flush();
        return view(purpose);
    }

    private Purpose byId(long id) {
        Purpose purpose = em.find(Purpose.class, id);
        if (purpose == null) {
            throw new AccessRefused("There is no such purpose.");
        }
        return purpose;
    }

    private static PurposeView view(Purpose purpose) {
        PurposeForm definition = new PurposeForm(purpose.id(), purpose.version(), purpose.name(),
                purpose.description(), purpose.lawfulBasis(), purpose.legitimateInterest(), purpose.necessity(),
                purpose.balance(), purpose.specialCategoryCondition(), purpose.reviewDate(), purpose.transfers(),
                purpose.automatedDecisions(), purpose.context());
        Article30Form record = new Article30Form(purpose.version(), purpose.businessFunction(),
                purpose.jointController(), purpose.jointControllerContact(), purpose.securityMeasures(),
                purpose.dataLocation(), purpose.retentionPolicyLink(), purpose.schedule1Condition(),
                purpose.dataSource());
        return new PurposeView(purpose.id(), definition, record, purpose.seededDefault(), purpose.updatedAt(),
                purpose.updatedBy());
    }
}

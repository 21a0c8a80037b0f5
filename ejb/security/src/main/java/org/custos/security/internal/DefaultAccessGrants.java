package org.custos.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.security.AccessGrant;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccessBasis;
import org.custos.security.api.AccessGrantForm;
import org.custos.security.api.AccessGrantView;
import org.custos.security.api.AccessGrants;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.DPM, Role.Names.HR})
public class DefaultAccessGrants implements AccessGrants {

    private static final String RECORD = "AccessGrant";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditAppender audit;

    /** A break-glass opening is told in the entry of the call that asked (one entry per call, X2). */
    @Inject
    AuditedCalls calls;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    @Override
    @Audited(value = AuditAction.ACCESS_GRANTED, record = RECORD)
    public AccessGrantView grant(AccessGrantForm form) {
        if (form.validUntil().isBefore(LocalDate.now(clock))) {
            throw new RequestRefused("A grant cannot end in the past.");
        }
        return saved(new AccessGrant(form.account().trim(), form.recordType(), Texts.trimmedOrNull(form.recordId()),
                Texts.trimmedOrNull(form.groupKey()), form.subjectId(), form.reason().trim(), form.validUntil(), false,
                caller.getName(), LocalDateTime.now(clock)));
    }

    @Override
    @Audited(value = AuditAction.ACCESS_REVOKED, record = RECORD)
    public AccessGrantView revoke(long grantId, long version) {
        AccessGrant grant = em.find(AccessGrant.class, grantId);
        if (grant == null) {
            throw new AccessRefused("There is no such grant.");
        }
        ConcurrentChange.check(grant.version(), version, "This grant");
        grant.revoke(caller.getName(), LocalDateTime.now(clock));
        em.flush();
        return view(grant);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.BREAK_GLASS, record = RECORD)
    public AccessGrantView breakGlass(String recordType, String recordId, Long subjectId, String reason) {
        return saved(new AccessGrant(caller.getName(), recordType, recordId, null, subjectId, reason.trim(),
                LocalDate.now(clock), true, caller.getName(), LocalDateTime.now(clock)));
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public List<AccessGrantView> inForce() {
        return em.createQuery("select g from AccessGrant g where g.revokedAt is null and g.validUntil >= :today"
                + " order by g.grantedAt desc, g.id desc", AccessGrant.class)
                .setParameter("today", LocalDate.now(clock)).getResultList().stream().map(this::view).toList();
    }


    @Override
    @RolesAllowed({Role.Names.DPM, Role.Names.HR, Role.Names.HIRING_MANAGER})
    @Audited(record = RECORD)
    public AccessBasis require(String recordType, String recordId, Set<String> groups) {
        LocalDate today = LocalDate.now(clock);
        Optional<AccessGrant> grant = em.createQuery("select g from AccessGrant g where lower(g.account) = :me"
                + " and g.recordType = :type and g.revokedAt is null and g.validUntil >= :today", AccessGrant.class)
                .setParameter("me", caller.getName().toLowerCase()).setParameter("type", recordType)
                .setParameter("today", today).getResultStream()
                .filter(g -> recordId.equals(g.recordId()) || groups.contains(g.groupKey()))
                .min(Comparator.comparing(AccessGrant::breakGlass));
        AccessGrant found = grant.orElseThrow(() -> new AccessRefused("You do not have access to this record: "
                + "it is shown only to the people who need to know."));
        if (!found.breakGlass()) {
            return AccessBasis.GRANT;
        }
        String note = "record opened under break-glass grant " + found.id();
        if (!calls.note(note, found.subjectId())) {
            audit.append(caller.getName(), AuditAction.BREAK_GLASS, found.subjectId(), recordType, recordId, null,
                    AuditOutcome.SUCCESS, note);
        }
        return AccessBasis.BREAK_GLASS;
    }

    private AccessGrantView saved(AccessGrant grant) {
        em.persist(grant);
        em.flush();
        return view(grant);
    }

    private AccessGrantView view(AccessGrant grant) {
        boolean inForce = grant.revokedAt() == null && !grant.validUntil().isBefore(LocalDate.now(clock));
        return new AccessGrantView(grant.id(), grant.version(), grant.account(), grant.recordType(),
                grant.recordId(), grant.groupKey(), grant.subjectId(), grant.reason(), grant.validUntil(),
                grant.breakGlass(), grant.grantedBy(), grant.grantedAt(), grant.revokedBy(), grant.revokedAt(),
                inForce);
    }
}

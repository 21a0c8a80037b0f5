package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.security.Account;
import org.custos.domain.security.PendingAccountChange;
import org.custos.domain.shared.AccountChangeKind;
import org.custos.domain.shared.Role;
import org.custos.security.api.RequestRefused;

/** The account changes waiting for the DPM's confirmation (X6): one of each kind per account. */
@Dependent
class WaitingAccountChanges {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Optional<PendingAccountChange> of(Account account, AccountChangeKind kind) {
        return em.createQuery("select c from PendingAccountChange c where c.accountId = :account and c.kind = :kind",
                PendingAccountChange.class).setParameter("account", account.id()).setParameter("kind", kind)
                .getResultStream().findFirst();
    }

    List<PendingAccountChange> all() {
        return em.createQuery("select c from PendingAccountChange c order by c.requestedAt, c.id",
                PendingAccountChange.class).getResultList();
    }

    PendingAccountChange byId(long changeId) {
        PendingAccountChange change = em.find(PendingAccountChange.class, changeId);
        if (change == null) {
            throw new RequestRefused("This change is no longer waiting: it was confirmed, refused or replaced.");
        }
        return change;
    }

    /** Asks for new roles, replacing what was asked before; the account counts as changed. */
    void askRoles(Account account, Set<Role> roles, String by, LocalDateTime at) {
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        PendingAccountChange change = of(account, AccountChangeKind.ROLES).orElseGet(() -> {
            PendingAccountChange created = PendingAccountChange.roles(account.id());
            em.persist(created);
            return created;
        });
        change.ask(roles, null, by, at);
    }

    /** Asks for a new password (its hash), replacing what was asked before; the account counts as changed. */
    void askPassword(Account account, String passwordHash, String by, LocalDateTime at) {
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        PendingAccountChange change = of(account, AccountChangeKind.PASSWORD).orElseGet(() -> {
            PendingAccountChange created = PendingAccountChange.password(account.id());
            em.persist(created);
            return created;
        });
        change.ask(null, passwordHash, by, at);
    }

    /** What was asked no longer waits: a later change made directly replaced it. */
    void withdraw(Account account, AccountChangeKind kind) {
        of(account, kind).ifPresent(em::remove);
    }

    void decided(PendingAccountChange change) {
        em.remove(change);
    }
}

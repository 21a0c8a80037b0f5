package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.security.Account;
import org.custos.domain.security.Approval;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.domain.shared.Role;
import org.custos.security.api.ReminderDirectory;

/** The accounts and approvals the daily reminders read, straight from {@code sec_account} and {@code sec_approval}. */
@ApplicationScoped
public class AccountReminderDirectory implements ReminderDirectory {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public List<Addressee> holding(Role role) {
        return addressees(em.createQuery("select a from Account a join a.roles r where r = :role"
                + " and a.enabled = true and a.email is not null order by a.username", Account.class)
                .setParameter("role", role).getResultList());
    }

    @Override
    public List<Addressee> named(List<String> usernames) {
        return usernames.isEmpty() ? List.of()
                : addressees(em.createQuery("select a from Account a where a.enabled = true and a.email is not null"
                        + " and a.username in :names order by a.username", Account.class)
                        .setParameter("names", usernames).getResultList());
    }

    @Override
    public List<EndingApproval> approvalsEnding(LocalDate from, LocalDate to) {
        return em.createQuery("select a from Approval a where a.status = :approved and a.validUntil >= :from"
                + " and a.validUntil <= :to order by a.validUntil, a.id", Approval.class)
                .setParameter("approved", ApprovalStatus.APPROVED).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(a -> new EndingApproval(a.id(), a.requestedBy(), a.validUntil())).toList();
    }

    private static List<Addressee> addressees(List<Account> accounts) {
        return accounts.stream().map(a -> new Addressee(a.username(), a.displayName(), a.email())).toList();
    }
}

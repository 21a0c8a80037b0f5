package org.custos.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.custos.domain.security.Account;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountView;
import org.custos.security.api.AuditAction;
import org.custos.security.api.ValidatedArguments;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.NewAccount;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.ADMIN)
public class DefaultAccountAdministration implements AccountAdministration {

    private static final String RECORD = "Account";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public List<AccountView> accounts() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList()
                .stream().map(Accounts::view).toList();
    }

    @Override
    @Audited(value = AuditAction.ACCOUNT_CREATED, record = RECORD)
    public AccountView create(NewAccount account) {
        return Accounts.view(accounts.open(account));
    }

    @Override
    @Audited(value = AuditAction.ACCOUNT_ROLES_CHANGED, record = RECORD)
    public AccountView changeRoles(long accountId, long version, Set<Role> roles) {
        Account account = accounts.byId(accountId);
        ConcurrentChange.check(account.version(), version, "The account " + account.username());
        account.assignRoles(roles, accounts.now());
        return flushed(account);
    }

    @Override
    @Audited(value = AuditAction.ACCOUNT_DISABLED, record = RECORD)
    public AccountView disable(long accountId) {
        Account account = accounts.byId(accountId);
        account.disable(accounts.now());
        return flushed(account);
    }

    @Override
    @Audited(value = AuditAction.ACCOUNT_ENABLED, record = RECORD)
    public AccountView enable(long accountId) {
        Account account = accounts.byId(accountId);
        account.enable();
        return flushed(account);
    }

    @Override
    @Audited(value = AuditAction.PASSWORD_RESET, record = RECORD)
    public AccountView resetPassword(long accountId, String newPassword) {
        Account account = accounts.byId(accountId);
        account.changePassword(accounts.hashed(newPassword, account.username()), accounts.now());
        return flushed(account);
    }

    private AccountView flushed(Account account) {
        em.flush();
        return Accounts.view(account);
    }
}

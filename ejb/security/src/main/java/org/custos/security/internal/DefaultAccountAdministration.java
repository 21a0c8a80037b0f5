package org.custos.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.custos.domain.security.Account;
import org.custos.domain.shared.AccountChangeKind;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountChange;
import org.custos.security.api.AccountChange.Outcome;
import org.custos.security.api.AccountView;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.NewAccount;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.ADMIN)
public class DefaultAccountAdministration implements AccountAdministration {

    private static final String RECORD = "Account";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    WaitingAccountChanges waiting;

    @Inject
    AccountChanges changes;

    @Inject
    Principal caller;

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public List<AccountView> accounts() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList()
                .stream().map(accounts::view).toList();
    }

    @Override
    @Audited(value = AuditAction.ACCOUNT_CREATED, record = RECORD)
    public AccountChange create(NewAccount request) {
        Set<Role> asked = request.roles();
        boolean confirm = AccountChangeRules.needsConfirmation(Set.of(), asked, accounts.activeHolders(Role.DPM));
        Set<Role> opened = EnumSet.noneOf(Role.class);
        opened.addAll(asked);
        if (confirm) {
            opened.removeAll(Role.seeingRecords());
        }
        Account account = accounts.open(request, opened);
        if (confirm) {
            waiting.askRoles(account, asked, caller.getName(), accounts.now());
        }
        return changes.made(account, Set.of(), asked, confirm ? Outcome.WAITING_FOR_THE_DPM : Outcome.DONE);
    }

    @Override
    @Audited(value = AuditAction.ACCOUNT_ROLES_CHANGED, record = RECORD)
    public AccountChange changeRoles(long accountId, long version, Set<Role> roles) {
        Account account = accounts.byId(accountId);
        ConcurrentChange.check(account.version(), version, "The account " + account.username());
        AccountChangeRules.Holder holder = Accounts.holder(account);
        AccountChangeRules.checkNotOwn(holder, caller.getName());
        if (account.directory()) {
            throw new RequestRefused(account.username() + " signs in through the organisation's directory, whose "
                    + "groups decide their roles at each login: change their groups there.");
        }
        changes.checkKeepsActiveHolders(account, roles, account.enabled());
        List<String> dpms = accounts.activeHolders(Role.DPM);
        // Locking the holders may read the account again: another change may have been saved meanwhile.
        ConcurrentChange.check(account.version(), version, "The account " + account.username());
        Set<Role> before = account.roles();
        if (AccountChangeRules.needsConfirmation(before, roles, dpms)) {
            AccountChangeRules.checkSomeoneMayConfirm(holder, dpms);
            waiting.askRoles(account, roles, caller.getName(), accounts.now());
            return changes.made(account, before, roles, Outcome.WAITING_FOR_THE_DPM);
        }
        account.assignRoles(roles, accounts.now());
        waiting.withdraw(account, AccountChangeKind.ROLES);
        return changes.made(account, before, roles, Outcome.DONE);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public AccountChange changeEmail(long accountId, long version, String email) {
        Account account = accounts.byId(accountId);
        ConcurrentChange.check(account.version(), version, "The account " + account.username());
        account.changeEmail(email);
        return changes.made(account, account.roles(), account.roles(), Outcome.DONE);
    }

    @Override
    @Audited(value = AuditAction.ACCOUNT_DISABLED, record = RECORD)
    public AccountChange disable(long accountId) {
        Account account = accounts.byId(accountId);
        AccountChangeRules.checkNotOwn(Accounts.holder(account), caller.getName());
        changes.checkKeepsActiveHolders(account, account.roles(), false);
        account.disable(accounts.now());
        return changes.made(account, account.roles(), account.roles(), Outcome.DONE);
    }

    @Override
    @Audited(value = AuditAction.ACCOUNT_ENABLED, record = RECORD)
    public AccountChange enable(long accountId) {
        Account account = accounts.byId(accountId);
        account.enable();
        return changes.made(account, account.roles(), account.roles(), Outcome.DONE);
    }

    @Override
    @Audited(value = AuditAction.PASSWORD_RESET, record = RECORD)
    public AccountChange resetPassword(long accountId, String newPassword) {
        Account account = accounts.byId(accountId);
        AccountChangeRules.Holder holder = Accounts.holder(account);
        AccountChangeRules.checkNotOwn(holder, caller.getName());
        if (account.directory()) {
            throw new RequestRefused(account.username() + " signs in with their password of the organisation's "
                    + "directory: it is changed there.");
        }
        String hash = accounts.hashed(newPassword, account.username());
        List<String> dpms = accounts.activeHolders(Role.DPM);
        if (AccountChangeRules.passwordNeedsConfirmation(holder, dpms)) {
            AccountChangeRules.checkSomeoneMayConfirm(holder, dpms);
            waiting.askPassword(account, hash, caller.getName(), accounts.now());
            return changes.made(account, account.roles(), account.roles(), Outcome.WAITING_FOR_THE_DPM);
        }
        changes.resetPassword(account, hash);
        return changes.made(account, account.roles(), account.roles(), Outcome.DONE);
    }
}

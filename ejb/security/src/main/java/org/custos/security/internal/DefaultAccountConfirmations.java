package org.custos.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.custos.domain.security.Account;
import org.custos.domain.security.PendingAccountChange;
import org.custos.domain.shared.AccountChangeKind;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountChange;
import org.custos.security.api.AccountChange.Outcome;
import org.custos.security.api.AccountChangeRequest;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultAccountConfirmations implements AccountConfirmations {

    private static final String RECORD = "Account";

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
    public List<AccountChangeRequest> waiting() {
        return waiting.all().stream().map(change -> {
            Account account = accounts.byId(change.accountId());
            return new AccountChangeRequest(change.id(), change.version(), account.id(), account.username(),
                    account.displayName(), change.kind(), account.roles(), change.rolesWanted(),
                    change.requestedBy(), change.requestedAt());
        }).toList();
    }

    @Override
    @Audited(value = AuditAction.ACCOUNT_CHANGE_CONFIRMED, record = RECORD)
    public AccountChange confirm(long changeId, long version) {
        PendingAccountChange change = current(changeId, version);
        Account account = accounts.byId(change.accountId());
        AccountChangeRules.checkMayConfirm(Accounts.holder(account), change.requestedBy(), caller.getName());
        Set<Role> before = account.roles();
        if (change.kind() == AccountChangeKind.ROLES) {
            changes.checkKeepsActiveHolders(account, change.rolesWanted(), account.enabled());
            account.assignRoles(change.rolesWanted(), accounts.now());
        } else {
            changes.resetPassword(account, change.passwordHash());
        }
        waiting.decided(change);
        return changes.made(account, before, asked(change, before), Outcome.DONE);
    }

    @Override
    @Audited(value = AuditAction.ACCOUNT_CHANGE_REFUSED, record = RECORD)
    public AccountChange refuse(long changeId, long version) {
        PendingAccountChange change = current(changeId, version);
        Account account = accounts.byId(change.accountId());
        AccountChangeRules.checkMayConfirm(Accounts.holder(account), change.requestedBy(), caller.getName());
        waiting.decided(change);
        return changes.made(account, account.roles(), asked(change, account.roles()), Outcome.REFUSED_BY_THE_DPM);
    }

    private PendingAccountChange current(long changeId, long version) {
        PendingAccountChange change = waiting.byId(changeId);
        ConcurrentChange.check(change.version(), version, "This change of an account");
        return change;
    }

    private static Set<Role> asked(PendingAccountChange change, Set<Role> rolesNow) {
        return change.kind() == AccountChangeKind.ROLES ? change.rolesWanted() : rolesNow;
    }
}

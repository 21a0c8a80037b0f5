package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.custos.domain.security.Account;
import org.custos.domain.shared.AccountChangeKind;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountChange;

/** What the administrator's changes and the DPM's confirmations share: applying them, and their result. */
@Dependent
class AccountChanges {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    WaitingAccountChanges waiting;

    /** Refuses roles or an enabled state that would leave no active administrator or no active DPM. */
    void checkKeepsActiveHolders(Account account, Set<Role> rolesAfter, boolean enabledAfter) {
        for (Role role : List.of(Role.ADMIN, Role.DPM)) {
            AccountChangeRules.checkKeepsAnActiveHolder(role, Accounts.holder(account), rolesAfter, enabledAfter,
                    accounts.activeHolders(role));
        }
    }

    /** A password the holder must change at the next login; the second factor goes with the old password. */
    void resetPassword(Account account, String passwordHash) {
        account.resetPassword(passwordHash, accounts.now());
        accounts.secondFactor(account).ifPresent(em::remove);
        waiting.withdraw(account, AccountChangeKind.PASSWORD);
    }

    AccountChange made(Account account, Set<Role> before, Set<Role> asked, AccountChange.Outcome outcome) {
        em.flush();
        return new AccountChange(accounts.view(account), before, asked, outcome);
    }
}

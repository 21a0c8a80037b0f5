package org.custos.system.server;

import java.util.Set;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountChange;
import org.custos.security.api.AccountChangeRequest;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.AccountView;
import org.custos.security.api.NewAccount;
import org.custos.testsupport.Callers;

/** Accounts for the system tests' users, opened inside the server as the administrator opens them. */
final class TestAccounts {

    private TestAccounts() {
    }

    /** An account holding the role: opened by the administrator and, where a DPM must (X6), confirmed. */
    static AccountView open(AccountAdministration accounts, AccountConfirmations confirmations, String username,
            String password, Role role) throws Exception {
        AccountChange opened = Callers.as(Role.ADMIN, () -> accounts.create(new NewAccount(username, "Pat Doe",
                password, Set.of(role))));
        if (!opened.waitingForTheDpm()) {
            return opened.account();
        }
        AccountChangeRequest waiting = Callers.as(Role.DPM, confirmations::waiting).stream()
                .filter(change -> change.accountId() == opened.account().id()).findFirst().orElseThrow();
        return Callers.as(Role.DPM, () -> confirmations.confirm(waiting.id(), waiting.version())).account();
    }
}

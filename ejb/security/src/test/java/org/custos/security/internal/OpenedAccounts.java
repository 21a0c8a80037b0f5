package org.custos.security.internal;

import org.custos.domain.shared.Role;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountChange;
import org.custos.security.api.AccountChangeRequest;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.AccountView;
import org.custos.security.api.NewAccount;
import org.custos.testsupport.Callers;

/**
 * Accounts the way they come to hold their roles (X6): the administrator opens them and, where a DPM must, the DPM
 * confirms the roles that see personal data.
 */
final class OpenedAccounts {

    private OpenedAccounts() {
    }

    static AccountView open(AccountAdministration accounts, AccountConfirmations confirmations, NewAccount account)
            throws Exception {
        AccountChange opened = Callers.as(Role.ADMIN, () -> accounts.create(account));
        return opened.waitingForTheDpm() ? confirmedByTheDpm(confirmations, opened.account().id()).account()
                : opened.account();
    }

    static AccountChange confirmedByTheDpm(AccountConfirmations confirmations, long accountId) throws Exception {
        AccountChangeRequest waiting = waitingFor(confirmations, accountId);
        return Callers.as(Role.DPM, () -> confirmations.confirm(waiting.id(), waiting.version()));
    }

    static AccountChangeRequest waitingFor(AccountConfirmations confirmations, long accountId) throws Exception {
        return Callers.as(Role.DPM, confirmations::waiting).stream()
                .filter(change -> change.accountId() == accountId).findFirst().orElseThrow();
    }
}

package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.custos.domain.security.Account;
import org.custos.domain.shared.Role;
import org.custos.security.api.RequestRefused;

/** The accounts a request names to use an approval besides the requester's (L4): active, working on records. */
@Dependent
class ApprovalUsers {

    @Inject
    Accounts accounts;

    /** The user names, normalised, without the requester's. */
    Set<String> others(Set<String> named, String requester) {
        Set<String> users = new TreeSet<>();
        for (String name : named) {
            Account account = accounts.named(name).filter(Account::enabled)
                    .filter(found -> found.roles().stream().anyMatch(Role.workingOnRecords()::contains))
                    .orElseThrow(() -> new RequestRefused("The account " + name.trim() + " cannot be named to use "
                            + "the approval: it is not an active account that may see personal data."));
            users.add(account.username());
        }
        users.remove(Accounts.normalised(requester));
        return users;
    }
}

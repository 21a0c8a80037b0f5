package org.custos.archfixtures.bad.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.custos.archfixtures.bad.domain.security.Account;
import org.custos.archfixtures.bad.security.api.Accounts;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

/**
 * Fixture: a well-guarded (its class carries {@code @RolesAllowed}), validated and audited facade, reading its own
 * context's entities.
 */
@Stateless
@ValidatedArguments
@RolesAllowed("ADMIN")
public class DefaultAccounts implements Accounts {

    private final List<Account> accounts = List.of();

    @Override
    @Audited(value = AuditAction.READ, record = "Account")
    public List<String> usernames() {
        return accounts.stream().map(Account::username).toList();
    }
}

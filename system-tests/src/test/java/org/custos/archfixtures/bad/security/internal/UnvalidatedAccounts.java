package org.custos.archfixtures.bad.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.custos.archfixtures.bad.security.api.Accounts;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;

/** Violates "every facade validates its arguments" (DESIGN §3): no {@code @ValidatedArguments}, and nothing else. */
@Stateless
@RolesAllowed("ADMIN")
public class UnvalidatedAccounts implements Accounts {

    @Override
    @Audited(value = AuditAction.READ, record = "Account")
    public List<String> usernames() {
        return List.of();
    }
}

package org.custos.archfixtures.bad.protection.purposes.internal;

import java.util.List;
import org.custos.archfixtures.bad.security.internal.DefaultAccounts;

/**
 * Violates "another context is used only through its api" (DESIGN §3): protection may use security, but this
 * class reaches past security's api into its internals.
 */
public class UsesSecurityInternal {

    private final DefaultAccounts accounts = new DefaultAccounts();

    public List<String> usernames() {
        return accounts.usernames();
    }
}

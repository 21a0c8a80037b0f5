package org.custos.archfixtures.bad.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.custos.archfixtures.bad.security.api.Accounts;

/** Fixture: a well-guarded facade (its class carries {@code @RolesAllowed}). */
@Stateless
@RolesAllowed("ADMIN")
public class DefaultAccounts implements Accounts {

    @Override
    public List<String> usernames() {
        return List.of();
    }
}

package org.custos.archfixtures.bad.web;

import org.custos.archfixtures.bad.domain.security.Account;

/** Violates "the web uses only the contexts' apis and shared value types" (DESIGN §2): it holds an entity. */
public class UsesEntity {

    public String username(Account account) {
        return account.username();
    }
}

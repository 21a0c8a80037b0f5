package org.custos.archfixtures.bad.recruitment.internal;

import org.custos.archfixtures.bad.domain.security.Account;

/**
 * Violates "a context uses only its own entities and the common domain" (DESIGN §4): recruitment reads security's
 * entity instead of asking security's api. Recruitment may use security, so nothing else.
 */
public class ReadsAccountEntity {

    public String username(Account account) {
        return account.username();
    }
}

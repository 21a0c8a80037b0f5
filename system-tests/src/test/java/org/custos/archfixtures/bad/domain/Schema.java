package org.custos.archfixtures.bad.domain;

/** Fixture: the domain's table names, which the web must not use (it never does here). */
public final class Schema {

    public static final String ACCOUNT = "sec_account";

    private Schema() {
    }
}

package org.custos.security.api;

/** An account's user name and the name it shows. */
public record AccountName(String username, String displayName) {
}

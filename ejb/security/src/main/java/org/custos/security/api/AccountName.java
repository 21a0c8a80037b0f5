package org.custos.security.api;

import java.io.Serializable;

/** An account's user name and the name it shows. */
public record AccountName(String username, String displayName) implements Serializable {
}

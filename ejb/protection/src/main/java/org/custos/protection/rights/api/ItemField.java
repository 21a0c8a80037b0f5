package org.custos.protection.rights.api;

import java.io.Serializable;

/**
 * One field of an item of a response, as the context held it or as it is redacted (D3); {@code otherPerson}, when
 * the context said so, whose data it is besides the person's (the review proposes to redact it).
 */
public record ItemField(String label, String value, String otherPerson) implements Serializable {

    public ItemField(String label, String value) {
        this(label, value, null);
    }
}

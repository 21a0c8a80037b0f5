package org.custos.protection.rights.internal.response;

/** A purpose the person's data is used for, with its lawful basis (L1). */
public record PurposeLine(String name, String lawfulBasis, String description) {
}

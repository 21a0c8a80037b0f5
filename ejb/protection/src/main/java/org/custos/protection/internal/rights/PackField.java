package org.custos.protection.internal.rights;

/** One labelled value of a record. */
public record PackField(String label, String value) {
}

package org.custos.protection.rights.internal.response;

/** One labelled value of a record. */
public record PackField(String label, String value) {
}

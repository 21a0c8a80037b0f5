package org.custos.protection.rights.api;

/**
 * A field of one of the person's records that a correction may name (D5), with its value now; a field holding
 * someone's opinion of the person ({@code statement}) gets the person's statement added instead of a new value.
 */
public record CorrectableFieldView(String context, String recordType, String recordId, String record, String field,
        String value, boolean statement) {
}

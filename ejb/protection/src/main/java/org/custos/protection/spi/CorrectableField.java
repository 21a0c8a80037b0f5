package org.custos.protection.spi;

/**
 * A field of one of the person's records that a rectification may correct (D5), with its value now. A field that
 * holds someone's opinion of the person (an assessor's notes) is not rewritten: the person's statement is added to
 * it ({@code statement}), which completes it as the right allows.
 */
public record CorrectableField(String context, String recordType, String recordId, String record, String field,
        String value, boolean statement) {

    /** Whether a correction names this field. */
    public boolean names(String recordType, String recordId, String field) {
        return this.recordType.equals(recordType) && this.recordId.equals(recordId) && this.field.equals(field);
    }
}

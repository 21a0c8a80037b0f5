package org.custos.protection.spi;

import java.time.LocalDate;

/**
 * One correction a context is asked to make (D5): the field of a record it listed as correctable, and the corrected
 * value, or the person's statement when the field is an opinion. A blank value removes a value that was wrong.
 */
public record Correction(long id, String recordType, String recordId, String field, String value) {

    /** The field's text with the person's statement added to it, dated. */
    public String statementAddedTo(String text, LocalDate on) {
        String statement = "Statement by the person, added on " + on + " at their request (rectification): " + value;
        return text == null || text.isBlank() ? statement : text + "\n\n" + statement;
    }
}

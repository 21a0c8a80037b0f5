package org.custos.protection.rights.api;

import java.io.Serializable;

/**
 * A field of one of the person's records that a correction may name (D5), with its value now; {@code statement}
 * when it holds someone's opinion, which the person's statement completes instead of a new value.
 */
public record CorrectableFieldView(String context, String recordType, String recordId, String record, String field,
        String value, boolean statement) implements Serializable {
}

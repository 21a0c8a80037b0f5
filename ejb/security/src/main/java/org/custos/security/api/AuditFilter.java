package org.custos.security.api;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the audit viewer and its exports show: entries about a person (their own and the searches and lists that
 * showed them), by a user, of an action, on a record (its kind, and its reference when given), between two days.
 * Null filters match everything.
 */
public record AuditFilter(Long subjectId,
        @Size(max = 100, message = "The user name must have at most {max} characters.") String actor,
        AuditAction action,
        @Size(max = 100, message = "The kind of record must have at most {max} characters.") String recordType,
        @Size(max = 100, message = "The record's reference must have at most {max} characters.") String recordId,
        LocalDate from, LocalDate to) implements Serializable {
}

package org.custos.security.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Filters and page of the audit viewer; null filters match everything. Newest entries first. */
public record AuditQuery(Long subjectId,
        @Size(max = 100, message = "The user name must have at most {max} characters.") String actor,
        AuditAction action, LocalDate from, LocalDate to,
        @Min(0) int first, @Min(1) @Max(500) int pageSize) {
}

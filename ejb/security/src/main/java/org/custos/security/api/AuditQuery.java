package org.custos.security.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** A page of the audit viewer: the entries the filter matches, newest first. */
public record AuditQuery(@NotNull @Valid AuditFilter filter, @Min(0) int first, @Min(1) @Max(500) int pageSize)
        implements Serializable {
}

package org.custos.security.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import org.custos.domain.shared.ApprovalStatus;

/** The DPM's list of requests: an optional status, one page, newest requests first. */
public record ApprovalQuery(ApprovalStatus status, @Min(0) int first, @Min(1) @Max(500) int pageSize)
        implements Serializable {
}

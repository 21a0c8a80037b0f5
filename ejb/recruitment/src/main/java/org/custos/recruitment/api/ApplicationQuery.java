package org.custos.recruitment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.ApplicationStatus;

/** A page of applications, newest first, optionally of one campaign, one status, or names containing a text. */
public record ApplicationQuery(@Min(0) int first, @Min(1) @Max(200) int pageSize, Long campaignId,
        ApplicationStatus status,
        @Size(max = 200, message = "The name to find must have at most {max} characters.") String name)
        implements Serializable {
}

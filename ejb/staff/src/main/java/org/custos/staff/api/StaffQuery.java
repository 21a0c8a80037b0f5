package org.custos.staff.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.EngagementType;

/**
 * A page of staff files by name, optionally only current staff ({@code leavers} false) or only leavers (true), of one
 * type or one department, or of people whose name contains a text.
 */
public record StaffQuery(@Min(0) int first, @Min(1) @Max(200) int pageSize, Boolean leavers, EngagementType type,
        @Size(max = 200, message = "The department must have at most {max} characters.") String department,
        @Size(max = 200, message = "The name to find must have at most {max} characters.") String name)
        implements Serializable {
}

package org.custos.protection.breaches.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** One page of the breach register: breaches awaiting their report first, oldest (most overdue) first. */
public record BreachQuery(@NotNull BreachFilter filter, @Min(0) int first, @Min(1) @Max(200) int pageSize)
        implements Serializable {
}

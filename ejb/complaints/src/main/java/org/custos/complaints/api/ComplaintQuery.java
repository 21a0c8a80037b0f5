package org.custos.complaints.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/** A page of the open complaints the caller handles (the DPM: all), the oldest received first. */
public record ComplaintQuery(@Min(0) int first, @Min(1) @Max(200) int pageSize) implements Serializable {
}

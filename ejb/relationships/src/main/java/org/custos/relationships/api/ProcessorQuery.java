package org.custos.relationships.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A page of the processor register by organisation name, optionally of the processors whose name contains a text. */
public record ProcessorQuery(@Min(0) int first, @Min(1) @Max(200) int pageSize,
        @Size(max = 200, message = "The name to find must have at most {max} characters.") String name)
        implements Serializable {
}

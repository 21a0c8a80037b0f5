package org.custos.relationships.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;

/** A page of organisations by name, optionally of one kind, one status, or whose name contains a text. */
public record OrganisationQuery(@Min(0) int first, @Min(1) @Max(200) int pageSize, OrganisationKind kind,
        RelationshipStatus status,
        @Size(max = 200, message = "The name to find must have at most {max} characters.") String name)
        implements Serializable {
}

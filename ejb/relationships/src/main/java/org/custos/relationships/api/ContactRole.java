package org.custos.relationships.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.OrganisationKind;

/** One of a person's contact roles (K1, S1), as their register page lists them: where, as what, and when. */
public record ContactRole(long organisationId, String organisation, OrganisationKind kind, String role,
        LocalDate startsOn, LocalDate endsOn) implements Serializable {
}

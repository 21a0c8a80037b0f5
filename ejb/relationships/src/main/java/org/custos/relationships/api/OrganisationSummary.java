package org.custos.relationships.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;

/** A row of the organisations list; an organisation is not a person, so a row shows no one's data. */
public record OrganisationSummary(long id, String name, Set<OrganisationKind> kinds, RelationshipStatus status,
        LocalDate relationshipStart, LocalDate relationshipEnd) implements Serializable {

    /** The kinds in words: "Client, Supplier". */
    public String kindLabels() {
        return kinds.stream().sorted().map(OrganisationKind::label).collect(Collectors.joining(", "));
    }
}

package org.custos.relationships.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.RetentionRule;

/**
 * R4: an organisation's contacts' data is kept for the relationship, then for its period after the relationship's end
 * (6 years by default, a setting). Records of services provided are R4's exception, kept with no period, so they have
 * no rule.
 */
final class RelationshipsRetention {

    /** R4: the contacts of a client, customer or supplier, from the relationship's end. */
    static final RetentionRule CONTACTS = new RetentionRule(DataContext.RELATIONSHIPS,
            "retention.relationship-contacts", "R4", "Keep the contacts of a client, customer or supplier after the relationship ends",
            "Relationship end", Period.ofYears(6));

    /** The rules the relationships context declares through the SPI. */
    static final List<RetentionRule> RULES = List.of(CONTACTS);

    private RelationshipsRetention() {
    }

    /** When the contacts of a relationship ending on {@code relationshipEnd} fall due; none while it continues. */
    static Optional<LocalDate> reviewOn(LocalDate relationshipEnd, Period period) {
        return Optional.ofNullable(relationshipEnd).map(end -> end.plus(period));
    }
}

package org.custos.relationships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelationshipsRetentionTest {

    @Test
    void contactsAreKeptForTheRelationshipThenItsPeriodAfterItEnds_R4() {
        assertEquals(Optional.empty(), RelationshipsRetention.reviewOn(null, Period.ofYears(6)),
                "no date while the relationship continues");
        assertEquals(Optional.of(LocalDate.of(2031, 2, 28)),
                RelationshipsRetention.reviewOn(LocalDate.of(2025, 2, 28), Period.ofYears(6)));
    }

    @Test
    void theContactsRuleIsASettingOfSixYearsFromTheRelationshipsEnd_R4() {
        assertEquals(List.of("retention.relationship-contacts", "R4", "Relationship end", "P6Y"), List.of(
                RelationshipsRetention.CONTACTS.key(), RelationshipsRetention.CONTACTS.rule(),
                RelationshipsRetention.CONTACTS.countsFrom(),
                RelationshipsRetention.CONTACTS.defaultPeriod().toString()));
        assertEquals(List.of(RelationshipsRetention.CONTACTS), RelationshipsRetention.RULES);
    }
}

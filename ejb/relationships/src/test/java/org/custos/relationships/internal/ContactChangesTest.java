package org.custos.relationships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.relationships.OrganisationContact;
import org.custos.domain.shared.OrganisationKind;
import org.junit.jupiter.api.Test;

class ContactChangesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
    private static final List<OrganisationContact> ADA_AS_SUPPLIER_CONTACT = List.of(new OrganisationContact(1, 7,
            OrganisationKind.SUPPLIER, "Account manager", null, null, null, null, "hr", LocalDateTime.now()));

    @Test
    void aContactIsOfAKindTheOrganisationIs_K1() {
        assertEquals(Optional.of("This organisation is not recorded as a client: choose a kind of contact it has,"
                + " or change the organisation's kinds first."), ContactChanges.refusal(
                Set.of(OrganisationKind.SUPPLIER), List.of(), 7, OrganisationKind.CLIENT, null, null));
        assertTrue(ContactChanges.refusal(Set.of(OrganisationKind.SUPPLIER, OrganisationKind.CLIENT), List.of(), 7,
                OrganisationKind.CLIENT, null, null).isEmpty());
    }

    @Test
    void aPersonIsAnOrganisationsContactOfAKindOnce_S1() {
        Set<OrganisationKind> both = Set.of(OrganisationKind.SUPPLIER, OrganisationKind.CUSTOMER);
        assertEquals(Optional.of("This person is already a supplier contact of this organisation."),
                ContactChanges.refusal(both, ADA_AS_SUPPLIER_CONTACT, 7, OrganisationKind.SUPPLIER, null, null));
        assertTrue(ContactChanges.refusal(both, ADA_AS_SUPPLIER_CONTACT, 7, OrganisationKind.CUSTOMER, null, null)
                .isEmpty(), "the same person may also be its customer contact");
        assertTrue(ContactChanges.refusal(both, ADA_AS_SUPPLIER_CONTACT, 8, OrganisationKind.SUPPLIER, null, null)
                .isEmpty());
    }

    @Test
    void aContactCannotEndBeforeTheyStart_K1() {
        assertEquals(Optional.of("A contact cannot end at the organisation before they start there."),
                ContactChanges.refusal(Set.of(OrganisationKind.SUPPLIER), List.of(), 7, OrganisationKind.SUPPLIER,
                        DAY, DAY.minusDays(1)));
        assertTrue(ContactChanges.refusal(Set.of(OrganisationKind.SUPPLIER), List.of(), 7, OrganisationKind.SUPPLIER,
                DAY, DAY).isEmpty());
    }

    @Test
    void aServiceNamesOnlyOneOfTheOrganisationsContacts_K1() {
        assertEquals(Optional.of("Choose the person the service was provided for among the organisation's contacts."),
                ContactChanges.serviceRefusal(ADA_AS_SUPPLIER_CONTACT, 8L));
        assertTrue(ContactChanges.serviceRefusal(ADA_AS_SUPPLIER_CONTACT, 7L).isEmpty());
        assertTrue(ContactChanges.serviceRefusal(List.of(), null).isEmpty(), "a service need name no one");
    }

    @Test
    void aContactChangedOrEndedDoesNotEndBeforeTheyStart_K1() {
        assertEquals(Optional.of("A contact cannot end at the organisation before they start there."),
                ContactChanges.changeRefusal(DAY, DAY.minusDays(1)));
        assertTrue(ContactChanges.changeRefusal(DAY, DAY).isEmpty(), "ended the day they started");
        assertTrue(ContactChanges.changeRefusal(null, DAY).isEmpty(), "ended with no start recorded");
    }
}

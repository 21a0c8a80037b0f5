package org.custos.relationships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.OrganisationKind;
import org.custos.relationships.api.ContactSource;
import org.junit.jupiter.api.Test;

class ContactNoticeTest {

    @Test
    void detailsFromThePersonThemselvesNeedHowTheyWereGivenTheNotice_N2() {
        assertEquals(Optional.of("Choose how the person was given the privacy notice when they gave you their"
                + " details themselves."), ContactNotice.refusal(ContactSource.THEMSELVES, null));
        assertTrue(ContactNotice.refusal(ContactSource.THEMSELVES, NoticeMethod.EMAIL).isEmpty());
    }

    @Test
    void detailsFromTheirOrganisationOrSomeoneElseNeedNoWayOfGiving_N2() {
        assertTrue(ContactNotice.refusal(ContactSource.ORGANISATION_OR_SOMEONE_ELSE, null).isEmpty());
    }

    @Test
    void aSuppliersContactIsOwedTheSuppliersNoticeAndOthersTheClientsAndCustomers_N2() {
        assertEquals(NoticeAudience.SUPPLIERS, ContactNotice.audienceOf(OrganisationKind.SUPPLIER));
        assertEquals(NoticeAudience.CLIENTS_AND_CUSTOMERS, ContactNotice.audienceOf(OrganisationKind.CLIENT));
        assertEquals(NoticeAudience.CLIENTS_AND_CUSTOMERS, ContactNotice.audienceOf(OrganisationKind.CUSTOMER));
    }
}

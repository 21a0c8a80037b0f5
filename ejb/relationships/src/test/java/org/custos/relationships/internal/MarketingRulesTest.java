package org.custos.relationships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.MarketingBasis;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.relationships.api.MarketingBasisForm;
import org.junit.jupiter.api.Test;

class MarketingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final MarketingBasisForm SOFT_OPT_IN = new MarketingBasisForm(MarketingBasis.SOFT_OPT_IN, null,
            null, null, null, null, "Payroll software upgrades", true, null);

    @Test
    void consentCountsOnlyWithTheNoticeHowAndWhenTheyAgreed_L2() {
        String refusal = "Enter the words the contact agreed to, how and the day they agreed: consent counts only"
                + " with that record.";
        assertEquals(Optional.of(refusal), MarketingRules.refusal(new MarketingBasisForm(MarketingBasis.CONSENT, 3L,
                "Newsletter notice v2", ConsentMethod.FORM, null, true, null, false, null), OrganisationKind.SUPPLIER,
                RelationshipStatus.ACTIVE));
        assertEquals(Optional.of(refusal), MarketingRules.refusal(new MarketingBasisForm(MarketingBasis.CONSENT, 3L,
                " ", ConsentMethod.FORM, TODAY, true, null, false, null), OrganisationKind.CLIENT, RelationshipStatus.ACTIVE));
        assertTrue(MarketingRules.refusal(new MarketingBasisForm(MarketingBasis.CONSENT, 3L, "Newsletter notice v2",
                ConsentMethod.EMAIL, TODAY, true, null, false, null), OrganisationKind.SUPPLIER, RelationshipStatus.ENDED)
                .isEmpty(), "anyone may consent, whatever the relationship");
    }

    @Test
    void theSoftOptInIsOnlyForAnExistingCustomersContact_L2() {
        String refusal = "The soft opt-in is only for contacts of a client or customer we currently deal with: ask"
                + " this contact for their consent instead.";
        assertEquals(Optional.of(refusal), MarketingRules.refusal(SOFT_OPT_IN, OrganisationKind.SUPPLIER,
                RelationshipStatus.ACTIVE));
        assertEquals(Optional.of(refusal), MarketingRules.refusal(SOFT_OPT_IN, OrganisationKind.CUSTOMER,
                RelationshipStatus.PROSPECTIVE), "a prospect has bought nothing yet");
        assertTrue(MarketingRules.refusal(SOFT_OPT_IN, OrganisationKind.CUSTOMER, RelationshipStatus.ACTIVE)
                .isEmpty());
    }

    @Test
    void theSoftOptInNeedsSimilarProductsAndAnOptOutOffered_L2() {
        assertEquals(Optional.of("Enter the products or services, similar to those they buy, that the marketing"
                + " offers."), MarketingRules.refusal(new MarketingBasisForm(MarketingBasis.SOFT_OPT_IN, null, null, null, null,
                null, "", true, null), OrganisationKind.CLIENT, RelationshipStatus.ACTIVE));
        assertEquals(Optional.of("The soft opt-in needs a way to opt out offered when their details were taken and"
                + " in every message: confirm it is offered, or ask for their consent instead."),
                MarketingRules.refusal(new MarketingBasisForm(MarketingBasis.SOFT_OPT_IN, null, null, null, null,
                        null, "Payroll software upgrades", false, null), OrganisationKind.CLIENT, RelationshipStatus.ACTIVE));
    }

    @Test
    void aMarketingListNeverReachesSomeoneWhoAskedNotToBeContactedOrHasNoBasisInForce_S3_L2() {
        assertTrue(MarketingRules.reaches(false, false, MarketingBasis.CONSENT, null, null, RelationshipStatus.ENDED,
                TODAY));
        assertFalse(MarketingRules.reaches(true, false, MarketingBasis.CONSENT, null, null, RelationshipStatus.ACTIVE,
                TODAY), "asked not to be contacted (S3)");
        assertFalse(MarketingRules.reaches(false, true, MarketingBasis.CONSENT, null, null, RelationshipStatus.ACTIVE,
                TODAY), "restricted (D6)");
        assertFalse(MarketingRules.reaches(false, false, null, null, null, RelationshipStatus.ACTIVE, TODAY),
                "no basis");
        assertFalse(MarketingRules.reaches(false, false, MarketingBasis.CONSENT, TODAY, null,
                RelationshipStatus.ACTIVE, TODAY), "consent withdrawn");
        assertFalse(MarketingRules.reaches(false, false, MarketingBasis.CONSENT, null, TODAY.minusDays(1),
                RelationshipStatus.ACTIVE, TODAY), "no longer at the organisation");
        assertTrue(MarketingRules.reaches(false, false, MarketingBasis.SOFT_OPT_IN, null, TODAY,
                RelationshipStatus.ACTIVE, TODAY), "at the organisation until today");
        assertFalse(MarketingRules.reaches(false, false, MarketingBasis.SOFT_OPT_IN, null, null,
                RelationshipStatus.ENDED, TODAY), "no longer a customer we deal with");
    }
}

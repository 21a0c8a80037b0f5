package org.custos.protection.processing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.custos.domain.shared.LawfulBasis;
import org.junit.jupiter.api.Test;

class RightsAvailableTest {

    @Test
    void consentGivesErasurePortabilityAndWithdrawalButNoObjection_Art30_L2() {
        assertEquals(List.of("Access", "Rectification", "Erasure", "Restriction", "Data portability",
                "Withdrawing consent at any time"), RightsAvailable.under(LawfulBasis.CONSENT, false));
    }

    @Test
    void aLegalObligationGivesNeitherErasureNorPortabilityNorObjection_Art30() {
        assertEquals(List.of("Access", "Rectification", "Restriction"),
                RightsAvailable.under(LawfulBasis.LEGAL_OBLIGATION, false));
    }

    @Test
    void legitimateInterestsGiveObjectionAndErasure_Art30_L3() {
        assertEquals(List.of("Access", "Rectification", "Erasure", "Restriction", "Objection"),
                RightsAvailable.under(LawfulBasis.LEGITIMATE_INTERESTS, false));
    }

    @Test
    void aPublicTaskGivesObjectionButNoErasure_Art30() {
        assertEquals(List.of("Access", "Rectification", "Restriction", "Objection"),
                RightsAvailable.under(LawfulBasis.PUBLIC_TASK, false));
    }

    @Test
    void aContractGivesPortability_Art30() {
        assertTrue(RightsAvailable.under(LawfulBasis.CONTRACT, false).contains("Data portability"));
        assertTrue(RightsAvailable.under(LawfulBasis.PRE_CONTRACT, false).contains("Data portability"));
    }

    @Test
    void decisionsByAutomatedMeansAddTheRightToHumanReview_Art30() {
        assertTrue(RightsAvailable.under(LawfulBasis.CONTRACT, true).get(5).startsWith("Not to be subject to a"
                + " decision based solely on automated processing"));
    }
}

package org.custos.relationships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.shared.TransferException;
import org.custos.domain.shared.TransferMechanism;
import org.custos.relationships.api.TransferForm;
import org.junit.jupiter.api.Test;

class TransferRulesTest {

    private static final LocalDate ASSESSED = LocalDate.of(2026, 5, 4);

    @Test
    void aTransferOutsideTheUkNeedsAMechanismAndTheUkNone() {
        assertFalse(TransferRules.safeguarded("IN", null, false));
        assertTrue(TransferRules.safeguarded("GB", null, false));
        assertTrue(TransferRules.safeguarded("IN", TransferMechanism.IDTA, false));
        assertEquals(Optional.of("Data kept in the United Kingdom needs no transfer mechanism."),
                TransferRules.refusal(form("GB", TransferMechanism.IDTA), false));
        // A destination with no mechanism yet is recorded, and flagged until one is.
        assertTrue(TransferRules.refusal(form("IN", null), false).isEmpty());
    }

    @Test
    void ukAdequacyHoldsOnlyForACountryOnTheList() {
        assertEquals(Optional.of("India is not on the UK adequacy list: choose another mechanism."),
                TransferRules.refusal(form("IN", TransferMechanism.ADEQUACY), false));
        assertTrue(TransferRules.refusal(form("JP", TransferMechanism.ADEQUACY), true).isEmpty());
        assertTrue(TransferRules.safeguarded("JP", TransferMechanism.ADEQUACY, true));
        // A country taken off the list leaves its transfers on adequacy alone unsafeguarded.
        assertFalse(TransferRules.safeguarded("JP", TransferMechanism.ADEQUACY, false));
    }

    @Test
    void theIdtaTheAddendumAndBindingCorporateRulesNeedATransferRiskAssessment() {
        for (TransferMechanism mechanism : new TransferMechanism[] {TransferMechanism.IDTA,
                TransferMechanism.ADDENDUM, TransferMechanism.BINDING_CORPORATE_RULES}) {
            assertEquals(Optional.of("The " + mechanism.label() + " needs a transfer risk assessment: enter its"
                    + " date, outcome and document."), TransferRules.refusal(form("IN", mechanism), false));
            assertEquals(Optional.of("The " + mechanism.label() + " needs a transfer risk assessment: enter its"
                    + " date, outcome and document."), TransferRules.refusal(new TransferForm("IN", mechanism,
                            null, null, ASSESSED, "Proceed", " "), false));
            assertTrue(TransferRules.refusal(new TransferForm("IN", mechanism, null, null, ASSESSED,
                    "Proceed with encryption at rest", "TRA-2026-04.pdf"), false).isEmpty());
        }
    }

    @Test
    void anArticle49ExceptionSaysWhichAndWhy() {
        assertEquals(Optional.of("Choose the Article 49 exception and say why it applies to this transfer."),
                TransferRules.refusal(form("IN", TransferMechanism.ARTICLE_49), false));
        assertEquals(Optional.of("Choose the Article 49 exception and say why it applies to this transfer."),
                TransferRules.refusal(new TransferForm("IN", TransferMechanism.ARTICLE_49,
                        TransferException.LEGAL_CLAIMS, " ", null, null, null), false));
        assertTrue(TransferRules.refusal(new TransferForm("IN", TransferMechanism.ARTICLE_49,
                TransferException.LEGAL_CLAIMS, "Defending a claim in the Mumbai court", null, null, null), false)
                .isEmpty());
    }

    @Test
    void theCountryIsOneOfTheList() {
        assertEquals(Optional.of("Choose the country from the list."),
                TransferRules.refusal(form("XX", TransferMechanism.IDTA), false));
    }

    @Test
    void theAdequacyListHoldsCountriesOutsideTheUkOnce() {
        assertEquals(Optional.of("Choose the country from the list."), TransferRules.adequacyRefusal("ZZ", false));
        assertEquals(Optional.of("The United Kingdom needs no adequacy regulations of its own."),
                TransferRules.adequacyRefusal("GB", false));
        assertEquals(Optional.of("Japan is already on the adequacy list."), TransferRules.adequacyRefusal("JP", true));
        assertTrue(TransferRules.adequacyRefusal("BR", false).isEmpty());
    }

    private static TransferForm form(String country, TransferMechanism mechanism) {
        return new TransferForm(country, mechanism, null, null, null, null, null);
    }
}

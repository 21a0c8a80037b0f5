package org.custos.protection.retention.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.custos.domain.protection.RetentionReviewItem;
import org.custos.protection.retention.api.RetentionAction;
import org.junit.jupiter.api.Test;

/** R6, D5: what holds a person's records, in the order the reviewer reads it, and what a hold refuses. */
class HoldPrecedenceTest {

    @Test
    void aLegalHoldComesFirstThenTheOpenRequestBreachAndCaseEachReasonOnce_R6() {
        HoldPrecedence holds = new HoldPrecedence()
                .add(HoldPrecedence.Source.OPEN_CASE, List.of("An open complaint received on 3 March 2026"))
                .add(HoldPrecedence.Source.BREACH, List.of("An open breach names this person"))
                .add(HoldPrecedence.Source.LEGAL_HOLD, List.of("Kept under a legal hold: tribunal"))
                .add(HoldPrecedence.Source.RIGHTS_REQUEST, List.of("An open rights request"))
                .add(HoldPrecedence.Source.OPEN_CASE, List.of("An open complaint received on 3 March 2026"));

        assertEquals(List.of("Kept under a legal hold: tribunal", "An open rights request",
                "An open breach names this person", "An open complaint received on 3 March 2026"), holds.reasons());
        assertEquals(HoldPrecedence.Source.LEGAL_HOLD, holds.first());
    }

    @Test
    void nothingHoldsWhenNoSourceGivesAReason_R6() {
        HoldPrecedence holds = new HoldPrecedence().add(HoldPrecedence.Source.LEGAL_HOLD, List.of())
                .add(HoldPrecedence.Source.BREACH, null);

        assertEquals(List.of(), holds.reasons());
        assertNull(holds.first());
    }

    @Test
    void aHeldItemIsRefusedAnyDisposalWithTheReasonBeforeItsRuleIsAsked_R6() {
        RetentionReviewItem item = new RetentionReviewItem("staff", "HrCase", "7", "retention.hr-cases", 1L,
                java.time.LocalDate.of(2026, 1, 5), "Closed: 5 January 2020.", 1L, java.time.LocalDateTime.now());

        assertEquals("held: Kept under a legal hold: tribunal.", DecisionRules.refusal(item,
                RetentionAction.ANONYMISE, List.of(RetentionAction.DESTROY), List.of("Kept under a legal hold: tribunal")));
        assertEquals("its rule does not offer \"anonymise\": destroy the records or extend their period.",
                DecisionRules.refusal(item, RetentionAction.ANONYMISE, List.of(RetentionAction.DESTROY), List.of()));
        assertNull(DecisionRules.refusal(item, RetentionAction.DESTROY, List.of(RetentionAction.DESTROY), List.of()));
        item.decide("DESTROY");
        assertEquals("it was decided already and is being carried out.", DecisionRules.refusal(item,
                RetentionAction.DESTROY, List.of(RetentionAction.DESTROY), List.of()));
    }
}

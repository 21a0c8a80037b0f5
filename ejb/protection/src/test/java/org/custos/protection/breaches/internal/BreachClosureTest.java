package org.custos.protection.breaches.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.custos.domain.protection.Breach;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachRisk;
import org.custos.domain.shared.BreachSeverity;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

/** X5: a breach is closed only when its decision, report and (for a high risk) telling the people are recorded. */
class BreachClosureTest {

    private static final Instant NOW = Instant.parse("2025-10-10T11:00:00Z");

    private static Breach reported(BreachRisk risk) {
        Breach breach = new Breach(NOW, "dpm");
        breach.assess(null, null, null, BreachLikelihood.LIKELY, BreachSeverity.SEVERE, risk);
        breach.decide(true, null, NOW, "dpm");
        breach.reported(NOW.plus(2, ChronoUnit.HOURS), "ICO/123", null);
        return breach;
    }

    private static String refusal(Breach breach) {
        return assertThrows(RequestRefused.class, () -> BreachClosure.check(breach)).getMessage();
    }

    @Test
    void aHighRiskBreachIsNotClosedUntilThePeopleWereToldOrTheReasonWhyNotIsRecorded_X5() {
        Breach breach = reported(BreachRisk.HIGH_RISK);
        assertTrue(refusal(breach).startsWith("A high-risk breach can be closed only when the people affected"));
        breach.peopleTold(null, null, "The data was encrypted with a key that was not lost");
        assertDoesNotThrow(() -> BreachClosure.check(breach));
        breach.peopleTold(NOW.plus(3, ChronoUnit.HOURS), "Letter", null);
        assertDoesNotThrow(() -> BreachClosure.check(breach));
    }

    @Test
    void aBreachThatIsNotHighRiskClosesWithoutTellingThePeople_X5() {
        assertDoesNotThrow(() -> BreachClosure.check(reported(BreachRisk.RISK)));
    }

    @Test
    void aBreachIsNotClosedBeforeTheDecisionNorBeforeADecidedReport_X5() {
        Breach undecided = new Breach(NOW, "dpm");
        undecided.assess(null, null, null, BreachLikelihood.REMOTE, BreachSeverity.MINIMAL, BreachRisk.NO_RISK);
        assertTrue(refusal(undecided).startsWith("Record the decision whether to report"));
        undecided.decide(true, null, NOW, "dpm");
        assertTrue(refusal(undecided).startsWith("Record the report to the ICO"));
        undecided.decide(false, "No risk to anyone: the file was encrypted", NOW, "dpm");
        assertDoesNotThrow(() -> BreachClosure.check(undecided));
    }
}

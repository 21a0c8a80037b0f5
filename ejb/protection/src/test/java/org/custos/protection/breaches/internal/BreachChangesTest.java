package org.custos.protection.breaches.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.custos.domain.protection.Breach;
import org.custos.domain.shared.BreachNature;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

/** X5: what the record of a breach accepts, apart from lateness and closing. */
class BreachChangesTest {

    private static final Instant NOW = Instant.parse("2025-10-10T11:00:00Z");
    private static final Instant AWARE = NOW.minus(5, ChronoUnit.HOURS);

    private final BreachChanges changes = new BreachChanges(NOW);

    private static Breach aBreach() {
        Breach breach = new Breach(NOW, "dpm");
        breach.describe("Lost laptop", null, AWARE, null, Set.of(BreachNature.CONFIDENTIALITY), "Left on a train",
                null, "Names", null, 1, 1, Set.of());
        return breach;
    }

    @Test
    void nothingAboutABreachHappensInTheFuture_X5() {
        assertEquals("The time of the report cannot be in the future.", assertThrows(RequestRefused.class,
                () -> changes.requireNotFuture(NOW.plus(1, ChronoUnit.MINUTES), "The time of the report"))
                .getMessage());
        assertDoesNotThrow(() -> changes.requireNotFuture(NOW, "The time of the report"));
        assertDoesNotThrow(() -> changes.requireNotFuture(null, "The time the breach happened"));
    }

    @Test
    void aReportFollowsTheDecisionToReportAndComesAfterTheOrganisationBecameAware_X5() {
        Breach breach = aBreach();
        assertTrue(assertThrows(RequestRefused.class, () -> changes.requireReportable(breach, NOW)).getMessage()
                .startsWith("Record the decision to report"));
        breach.decide(true, null, NOW, "dpm");
        assertTrue(assertThrows(RequestRefused.class,
                () -> changes.requireReportable(breach, AWARE.minus(1, ChronoUnit.MINUTES))).getMessage()
                .startsWith("The report cannot be before the organisation became aware"));
        assertThrows(RequestRefused.class, () -> changes.requireReportable(breach, NOW.plus(1, ChronoUnit.HOURS)));
        assertDoesNotThrow(() -> changes.requireReportable(breach, AWARE));
    }

    @Test
    void aReportedBreachCannotBeDecidedNotToReport_X5() {
        Breach breach = aBreach();
        breach.decide(true, null, NOW, "dpm");
        assertDoesNotThrow(() -> changes.requireDecidable(breach, false));
        breach.reported(NOW, "ICO/1", null);
        assertThrows(RequestRefused.class, () -> changes.requireDecidable(breach, false));
        assertDoesNotThrow(() -> changes.requireDecidable(breach, true));
    }

    @Test
    void aClosedBreachIsReadOnly_X5() {
        Breach breach = aBreach();
        assertDoesNotThrow(() -> changes.requireOpen(breach));
        breach.close(NOW, "dpm");
        assertEquals("The breach is closed: a closed breach is read-only.",
                assertThrows(RequestRefused.class, () -> changes.requireOpen(breach)).getMessage());
    }
}

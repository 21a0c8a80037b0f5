package org.custos.protection.breaches.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachRisk;
import org.custos.domain.shared.BreachSeverity;
import org.custos.protection.breaches.api.BreachDecisionForm;
import org.custos.protection.breaches.api.BreachReportForm;
import org.custos.protection.breaches.api.BreachStage;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.breaches.api.PeopleToldForm;
import org.custos.protection.testsupport.BreachForms;
import org.custos.testsupport.PdfText;
import org.junit.jupiter.api.Test;

/** The breach report follows the sections of the ICO's breach report form (X5). */
class BreachReportPdfTest {

    private static final LocalDateTime AWARE = LocalDateTime.of(2025, 10, 6, 9, 15);

    @Test
    void theReportPrintsWhatWasWrittenInAnyScript_X5() throws IOException {
        String summary = "Laptop of 王小明 lost; محمد علي told 📢";
        BreachView breach = new BreachView(8, 3, BreachForms.aLostLaptop(summary, AWARE, BreachLikelihood.LIKELY,
                BreachSeverity.SEVERE, Set.of(51L)), BreachRisk.HIGH_RISK, BreachStage.AWAITING_DECISION, null, null, null,
                null, null, AWARE.plusHours(72), null, null, null, null, null);

        String text = PdfText.of(BreachReportPdf.render(breach, "Ελένη", AWARE.plusDays(1)));

        assertTrue(text.contains("Breach 8: " + summary), text);
        assertTrue(text.contains("Ελένη (Data Protection Manager)"), text);
    }

    @Test
    void theReportHasTheIcoFormsSectionsAndTheBreachsValues_X5() throws IOException {
        BreachView breach = new BreachView(7, 3, BreachForms.aLostLaptop("Laptop lost on a train", AWARE,
                BreachLikelihood.LIKELY, BreachSeverity.SEVERE, Set.of(51L, 52L)), BreachRisk.HIGH_RISK,
                BreachStage.REPORTED, new BreachDecisionForm(true, null), "dpm-tester", AWARE.plusHours(2),
                new BreachReportForm(AWARE.plusHours(80), "ICO-00012345", "The ICO's phone line was down"),
                new PeopleToldForm(AWARE.plusHours(30), "Letter to each person", null), AWARE.plusHours(72), null,
                null, null, AWARE.plusHours(80), "dpm-tester");

        byte[] pdf = BreachReportPdf.render(breach, "dpm-tester", AWARE.plusDays(4));

        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String text = PdfText.of(pdf);
        for (String expected : List.of("Personal data breach report", "Organisation and reporter",
                "About the breach", "The people and records affected", "Risk", "Action taken", "Decision",
                "Report to the ICO", "ICO-00012345", "Laptop lost on a train", "High risk", "About 40",
                "The ICO's phone line was down", "9 October 2025 09:15", "Letter to each person")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
        }
    }
}

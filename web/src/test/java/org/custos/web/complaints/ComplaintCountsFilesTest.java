package org.custos.web.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.custos.complaints.api.ComplaintCount;
import org.custos.complaints.api.ComplaintCounts;
import org.custos.domain.shared.ComplaintKind;
import org.junit.jupiter.api.Test;

/** The complaint counts as CSV and chart (P1), and the days left in words, so that overdue is not colour alone. */
class ComplaintCountsFilesTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final ComplaintCounts COUNTS = new ComplaintCounts(List.of(NOVEMBER, DECEMBER), List.of(
            new ComplaintCount(NOVEMBER, ComplaintKind.DATA_PROTECTION, false, 2),
            new ComplaintCount(NOVEMBER, ComplaintKind.DATA_PROTECTION, true, 3),
            new ComplaintCount(DECEMBER, ComplaintKind.SERVICE, true, 1)));

    @Test
    void theCsvHasAWordedRowPerMonthKindAndOutcome_P1() {
        assertEquals("\uFEFF\"Month\",\"Kind\",\"Outcome\",\"Complaints\"\r\n"
                + "\"November 2026\",\"Data protection\",\"Open\",\"2\"\r\n"
                + "\"November 2026\",\"Data protection\",\"Outcome sent\",\"3\"\r\n"
                + "\"December 2026\",\"Service\",\"Outcome sent\",\"1\"\r\n",
                new String(ComplaintCountsCsv.of(COUNTS), StandardCharsets.UTF_8));
    }

    @Test
    void theChartStacksEachMonthsComplaintsByKindWhateverTheirOutcome_P1() {
        assertEquals(5, ComplaintChart.count(COUNTS, NOVEMBER, ComplaintKind.DATA_PROTECTION));
        String chart = ComplaintChart.stackedByKind(COUNTS);
        assertTrue(chart.contains("\"labels\":[\"Nov 2026\",\"Dec 2026\"]"), chart);
        assertTrue(chart.contains("\"label\":\"Data protection\",\"backgroundColor\":\"#1e88e5\",\"data\":[5,0]"),
                chart);
        assertTrue(chart.contains("\"label\":\"Service\",\"backgroundColor\":\"#43a047\",\"data\":[0,1]"), chart);
    }

    @Test
    void daysLeftAreInWordsAndOverdueSaysSo_P1() {
        ComplaintWords words = new ComplaintWords();
        assertEquals("Overdue by 3 days", words.daysLeft(-3, false));
        assertEquals("Overdue by 1 day", words.daysLeft(-1, false));
        assertEquals("Due today", words.daysLeft(0, false));
        assertEquals("12 days left", words.daysLeft(12, false));
        assertEquals("Acknowledged", words.daysLeft(-3, true));
    }
}

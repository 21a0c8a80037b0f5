package org.custos.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditExport;
import org.custos.security.api.AuditFilter;
import org.custos.security.api.AuditOutcome;
import org.custos.testsupport.PdfText;
import org.custos.web.shell.AuditWords;
import org.junit.jupiter.api.Test;

/** The audit trail's CSV and PDF files say what happened in words, and no cell runs as a formula (X2). */
class AuditTrailFilesTest {

    private static final AuditWords WORDS = new AuditWords();

    private static final AuditEntryView OPENED = new AuditEntryView(41, LocalDateTime.of(2026, 12, 3, 14, 5, 9),
            "hr.anna", AuditAction.READ, 1050L, "Alice Lee", "DataSubject", "1050", null, AuditOutcome.SUCCESS, null, List.of());
    private static final AuditEntryView REFUSED = new AuditEntryView(42, LocalDateTime.of(2026, 12, 3, 14, 6),
            "=cmd|' /C calc'!A0", AuditAction.CREATE, 1049L, null, "SensitiveRecord", null, null, AuditOutcome.DENIED,
            "-2+3", List.of(1051L, 1052L));

    private static AuditExport export(long matched) {
        return new AuditExport(new AuditFilter(null, null, null, null, null, null, null), AuditExport.Format.CSV, List.of(REFUSED, OPENED), matched);
    }

    @Test
    void theCsvSaysWhatHappenedInWordsWithDatesAsPeopleReadThem_X2() {
        String csv = new String(AuditTrailCsv.of(export(2), WORDS), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFF\"Entry\",\"When\",\"Who\",\"What happened\",\"Person\",\"People shown\",\"Record\","
                + "\"Outcome\",\"Detail\"", lines.get(0));
        assertEquals("\"41\",\"3 December 2026 14:05\",\"hr.anna\",\"Person's record opened\","
                + "\"Alice Lee (reference 1050)\",\"\",\"Person's record, reference 1050\",\"Done\",\"\"", lines.get(2));
        assertFalse(csv.contains("READ") || csv.contains("SUCCESS") || csv.contains("DataSubject"), csv);
    }

    @Test
    void thePersonIsNamedAndAnErasedPersonKeepsOnlyTheirReference_X2() {
        String csv = new String(AuditTrailCsv.of(export(2), WORDS), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"Alice Lee (reference 1050)\""), csv);
        assertTrue(csv.contains("\"No longer in the register (reference 1049)\""), csv);
    }

    @Test
    void noCellOfTheCsvRunsAsAFormula_X2() {
        String csv = new String(AuditTrailCsv.of(export(2), WORDS), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=cmd|' /C calc'!A0\""), csv);
        assertTrue(csv.contains("\"Sensitive record recorded\""), csv);
        assertTrue(csv.contains("\"1051, 1052\",\"Sensitive record\",\"Refused\",\"'-2+3\""), csv);
    }

    @Test
    void aFileOfPartOfWhatTheFilterMatchedSaysSo_X2() {
        String csv = new String(AuditTrailCsv.of(export(12_000), WORDS), StandardCharsets.UTF_8);
        assertTrue(csv.contains("newest 2 of the 12000 entries the filter matched"), csv);
    }

    @Test
    void thePdfHoldsTheEntriesInWordsUnderWhatWasExportedByWhomAndWhen_X2() throws Exception {
        String text = PdfText.of(AuditTrailPdf.of(export(2), WORDS, "All entries. Exported by Dana Price on "
                + "3 December 2026 15:00."));
        assertTrue(text.contains("Audit trail"), text);
        assertTrue(text.contains("Exported by Dana Price"), text);
        assertTrue(text.contains("Person's record opened"), text);
        assertTrue(text.contains("Refused"), text);
        assertFalse(text.contains("SUCCESS") || text.contains("DataSubject"), text);
    }

    @Test
    void aPersonsHistoryNamesThemForWhatHappenedToTheirOwnRecord_X2() {
        assertEquals("Alice Lee's record opened", WORDS.what(OPENED, "Alice Lee"));
        assertEquals("Sensitive record recorded", WORDS.what(REFUSED, "Alice Lee"));
    }
}

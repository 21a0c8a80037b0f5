package org.custos.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An exported file opens in a spreadsheet as the text it holds: every cell quoted, none a formula (CSV injection). */
class CsvFileTest {

    @Test
    void aCellThatWouldStartAFormulaIsKeptAsText() {
        assertEquals("'=HYPERLINK(\"http://evil.example\")", CsvFile.neutralised("=HYPERLINK(\"http://evil.example\")"));
        assertEquals("'+44 20 7946 0000", CsvFile.neutralised("+44 20 7946 0000"));
        assertEquals("'-2+3", CsvFile.neutralised("-2+3"));
        assertEquals("'@SUM(A1)", CsvFile.neutralised("@SUM(A1)"));
        assertEquals("'\tcmd", CsvFile.neutralised("\tcmd"));
        assertEquals("'\rcmd", CsvFile.neutralised("\rcmd"));
    }

    @Test
    void otherCellsAreKeptAsTheyAre() {
        assertEquals("Payroll officer", CsvFile.neutralised("Payroll officer"));
        assertEquals("a=b", CsvFile.neutralised("a=b"));
        assertEquals("", CsvFile.neutralised(""));
        assertNull(CsvFile.neutralised(null));
    }

    @Test
    void theFileIsQuotedUtf8WithAByteOrderMarkAndItsCellsNeutralised() {
        String csv = new String(CsvFile.of(List.of("Name", "Note"), List.of(List.of("Zoë \"Z\" Núñez", "=1+1"),
                Arrays.asList("Bo", null))), StandardCharsets.UTF_8);
        assertEquals("\uFEFF\"Name\",\"Note\"\r\n\"Zoë \"\"Z\"\" Núñez\",\"'=1+1\"\r\n\"Bo\",\"\"\r\n", csv);
    }
}

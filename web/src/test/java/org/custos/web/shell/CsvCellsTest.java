package org.custos.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** An exported cell never starts a formula in a spreadsheet (CSV injection). */
class CsvCellsTest {

    @Test
    void aCellThatWouldStartAFormulaIsKeptAsText() {
        assertEquals("'=HYPERLINK(\"http://evil.example\")", CsvCells.neutralised("=HYPERLINK(\"http://evil.example\")"));
        assertEquals("'+44 20 7946 0000", CsvCells.neutralised("+44 20 7946 0000"));
        assertEquals("'-2+3", CsvCells.neutralised("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.neutralised("@SUM(A1)"));
        assertEquals("'\tcmd", CsvCells.neutralised("\tcmd"));
        assertEquals("'\rcmd", CsvCells.neutralised("\rcmd"));
    }

    @Test
    void otherCellsAreKeptAsTheyAre() {
        assertEquals("Payroll officer", CsvCells.neutralised("Payroll officer"));
        assertEquals("a=b", CsvCells.neutralised("a=b"));
        assertEquals("", CsvCells.neutralised(""));
        assertNull(CsvCells.neutralised(null));
    }
}

package org.custos.web.shell;

import java.util.Set;

/**
 * What a cell of an exported CSV file may hold: text that a spreadsheet opens as text. A cell that begins with
 * {@code = + - @}, a tab or a carriage return would be read as a formula (CSV injection, OWASP), so it is kept
 * with a leading apostrophe, which spreadsheets show as text and do not display.
 */
public final class CsvCells {

    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

    private CsvCells() {
    }

    public static String neutralised(String cell) {
        return cell == null || cell.isEmpty() || !FORMULA_STARTS.contains(cell.charAt(0)) ? cell : "'" + cell;
    }
}

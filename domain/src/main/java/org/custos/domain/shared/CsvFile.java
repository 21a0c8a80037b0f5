package org.custos.domain.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A CSV file as Custos exports it for a spreadsheet: RFC 4180, UTF-8 with a byte-order mark (so that spreadsheets
 * read names in any script), every cell quoted. A cell that begins with {@code = + - @}, a tab or a carriage return
 * would be run as a formula (CSV injection, OWASP), so it is kept with a leading apostrophe, which spreadsheets show
 * as text and do not display.
 */
public final class CsvFile {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private CsvFile() {
    }

    /** The file: the headings, then a line per row; a null cell is empty, any other is written as text. */
    public static byte[] of(List<String> headings, Iterable<? extends List<?>> rows) {
        StringWriter text = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            printer.printRecord(headings.stream().map(CsvFile::neutralised));
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(cell -> neutralised(cell == null ? "" : cell.toString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cell as a spreadsheet may open it: as text, never as a formula. */
    public static String neutralised(String cell) {
        return cell == null || cell.isEmpty() || !FORMULA_STARTS.contains(cell.charAt(0)) ? cell : "'" + cell;
    }
}

package org.custos.web.complaints;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.custos.complaints.api.ComplaintCount;
import org.custos.complaints.api.ComplaintCounts;
import org.custos.web.shell.CsvCells;

/** The complaint counts as CSV: month, kind, outcome and count, in words, a row per month, kind and outcome. */
final class ComplaintCountsCsv {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private ComplaintCountsCsv() {
    }

    static String of(ComplaintCounts counts) {
        StringBuilder csv = new StringBuilder("Month,Kind,Outcome,Complaints\r\n");
        for (ComplaintCount count : counts.counts()) {
            csv.append(cell(MONTH.format(count.month()))).append(',').append(cell(count.kind().label())).append(',')
                    .append(cell(count.outcomeLabel())).append(',').append(count.count()).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String text) {
        return "\"" + CsvCells.neutralised(text).replace("\"", "\"\"") + "\"";
    }
}

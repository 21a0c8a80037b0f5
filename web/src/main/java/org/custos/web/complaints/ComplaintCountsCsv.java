package org.custos.web.complaints;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.custos.complaints.api.ComplaintCounts;
import org.custos.domain.shared.CsvFile;

/** The complaint counts as CSV: month, kind, outcome and count, in words, a row per month, kind and outcome. */
final class ComplaintCountsCsv {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private ComplaintCountsCsv() {
    }

    static byte[] of(ComplaintCounts counts) {
        return CsvFile.of(List.of("Month", "Kind", "Outcome", "Complaints"), counts.counts().stream()
                .map(count -> List.of(MONTH.format(count.month()), count.kind().label(), count.outcomeLabel(),
                        count.count()))
                .toList());
    }
}

package org.custos.protection.retention.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.protection.retention.api.EvidenceRow;
import org.custos.protection.shared.Dates;
import org.custos.protection.shared.pdf.A4Pdf;
import org.custos.protection.shared.pdf.LabelValueTable;
import org.custos.protection.shared.pdf.TextStyle;

/**
 * The destruction report of a period (R6): for each decision carried out, extended or failed, its record group, the
 * schedule version that applied, how many records went, who decided and when, the outcome and the SHA-256 of the
 * record set before; never the destroyed data, nor whom it was about.
 */
final class DestructionReportPdf {

    private static final TextStyle TITLE = TextStyle.bold(16);
    private static final TextStyle HEADING = TextStyle.bold(11);
    private static final TextStyle LABEL = TextStyle.bold(9);
    private static final TextStyle VALUE = TextStyle.regular(9);

    private DestructionReportPdf() {
    }

    static byte[] render(LocalDate from, LocalDate to, List<EvidenceRow> rows, String printedBy,
            LocalDateTime printedAt) {
        List<Element> content = new ArrayList<>();
        content.add(TITLE.paragraph("Destruction report"));
        content.add(VALUE.paragraph("Decisions on records due for retention from " + Dates.day(from) + " to "
                + Dates.day(to) + ". Prepared by " + printedBy + " on " + Dates.text(printedAt) + "."));
        if (rows.isEmpty()) {
            content.add(VALUE.paragraph("No decision was carried out or extended in this period."));
        }
        for (EvidenceRow row : rows) {
            Paragraph heading = HEADING.paragraph("Decision " + row.decisionId() + ": " + row.contextLabel() + ", "
                    + row.recordGroup());
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(4);
            content.add(heading);
            content.add(new LabelValueTable(LABEL, VALUE)
                    .row("Record group and rule", row.contextLabel() + ": " + row.recordGroup())
                    .row("Decision", row.action())
                    .row("Schedule version", Integer.toString(row.scheduleVersion()))
                    .row("Decided by", row.decidedBy())
                    .row("Decided on", row.decidedAt())
                    .row("Carried out on", row.carriedOutAt() == null || row.carriedOutAt().isEmpty() ? "Not carried out"
                            : row.carriedOutAt())
                    .row("Records", row.records() == null ? "None" : Integer.toString(row.records()))
                    .row("Outcome", row.outcome())
                    .row("Kept, and why", row.kept())
                    .row("SHA-256 of the record set before", row.recordSetSha256())
                    .table());
        }
        return A4Pdf.render("Destruction report " + Dates.day(from) + " to " + Dates.day(to), content);
    }
}

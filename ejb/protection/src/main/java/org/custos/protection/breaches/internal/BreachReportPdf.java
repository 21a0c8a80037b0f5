package org.custos.protection.breaches.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.stream.Collectors;
import org.custos.domain.shared.BreachNature;
import org.custos.protection.breaches.api.BreachForm;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.shared.Dates;
import org.custos.protection.shared.pdf.A4Pdf;
import org.custos.protection.shared.pdf.LabelValueTable;

/**
 * A breach as a PDF in the order of the sections of the ICO's personal-data breach report form (X5): the
 * organisation and reporter, the breach, the people and records, the risk, the action taken, the decision and
 * the report. Subject ids are counted, never listed.
 */
final class BreachReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font VALUE = new Font(Font.HELVETICA, 9);

    private BreachReportPdf() {
    }

    /** The report of the breach, printed by {@code reporter} (the signed-in DPM) at {@code printedAt}. */
    static byte[] render(BreachView breach, String reporter, LocalDateTime printedAt) {
        return A4Pdf.render("Personal data breach report " + breach.id(), document -> {
            document.add(new Paragraph("Personal data breach report", TITLE));
            document.add(new Paragraph("Breach " + breach.id() + ": " + breach.details().summary(), VALUE));
            sections(document, breach, reporter, printedAt);
        });
    }

    private static void sections(Document document, BreachView breach, String reporter, LocalDateTime printedAt) {
        BreachForm details = breach.details();
        section(document, "Organisation and reporter",
                "Reported by", reporter + " (Data Protection Manager)",
                "Prepared on", Dates.text(printedAt));
        section(document, "About the breach",
                "What happened", natures(details.natures()),
                "Description", details.description(),
                "When it happened", details.occurredAt() == null ? "Not known" : Dates.text(details.occurredAt()),
                "When the organisation became aware", Dates.text(details.awareAt()),
                "How it was discovered", details.howDiscovered(),
                "Report due by", Dates.text(breach.reportDeadline()),
                "Why the report is late", breach.report() == null ? null : breach.report().lateReason());
        section(document, "The people and records affected",
                "Categories of personal data", details.dataCategories(),
                "Approximate number of records", number(details.approxRecords()),
                "Categories of people", details.peopleCategories(),
                "Approximate number of people", number(details.approxPeople()),
                "People linked in the register", Integer.toString(details.subjectIds().size()),
                "Systems involved", details.systems(),
                "Likely consequences", details.consequences());
        section(document, "Risk",
                "Likelihood of harm", details.likelihood().label(),
                "Severity of harm", details.severity().label(),
                "Result", breach.risk().label());
        section(document, "Action taken",
                "Measures taken", details.measuresTaken(),
                "Measures planned", details.measuresPlanned(),
                "People affected told", peopleTold(breach));
        section(document, "Decision",
                "Report to the ICO", breach.decision() == null ? "Not decided yet"
                        : breach.decision().notifyIco() ? "Yes" : "No",
                "Reasons", breach.decision() == null ? null : breach.decision().reasons(),
                "Decided by", breach.decidedBy(),
                "Decided on", Dates.text(breach.decidedAt()));
        section(document, "Report to the ICO",
                "Reported on", breach.report() == null ? "Not reported" : Dates.text(breach.report().reportedAt()),
                "ICO reference", breach.report() == null ? null : breach.report().icoReference(),
                "Closed", breach.closed() ? Dates.text(breach.closedAt()) + " by " + breach.closedBy() : "Open");
    }

    /** A heading and a two-column table of label and value pairs. */
    private static void section(Document document, String heading, String... labelsAndValues) {
        Paragraph title = new Paragraph(heading, HEADING);
        title.setSpacingBefore(14);
        title.setSpacingAfter(4);
        document.add(title);
        LabelValueTable table = new LabelValueTable(LABEL, VALUE);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            table.row(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        document.add(table.table());
    }

    private static String natures(Collection<BreachNature> natures) {
        return natures.stream().map(BreachNature::label).collect(Collectors.joining("; "));
    }

    private static String number(Integer count) {
        return count == null ? "Not known" : "About " + count;
    }

    private static String peopleTold(BreachView breach) {
        if (breach.peopleTold() == null) {
            return "Not recorded";
        }
        if (breach.peopleTold().toldAt() == null) {
            return "Not told: " + breach.peopleTold().notToldReason();
        }
        String how = breach.peopleTold().how();
        return "Told on " + Dates.text(breach.peopleTold().toldAt()) + (how == null || how.isBlank() ? "" : ": " + how);
    }
}

package org.custos.protection.breaches.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.custos.domain.shared.BreachNature;
import org.custos.protection.breaches.api.BreachForm;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.shared.Dates;
import org.custos.protection.shared.pdf.A4Pdf;
import org.custos.protection.shared.pdf.LabelValueTable;
import org.custos.protection.shared.pdf.TextStyle;

/**
 * A breach as a PDF in the order of the sections of the ICO's personal-data breach report form (X5): the
 * organisation and reporter, the breach, the people and records, the risk, the action taken, the decision and
 * the report. Subject ids are counted, never listed.
 */
final class BreachReportPdf {

    private static final TextStyle TITLE = TextStyle.bold(16);
    private static final TextStyle HEADING = TextStyle.bold(12);
    private static final TextStyle LABEL = TextStyle.bold(9);
    private static final TextStyle VALUE = TextStyle.regular(9);

    private BreachReportPdf() {
    }

    /** The report of the breach, printed by {@code reporter} (the signed-in DPM) at {@code printedAt}. */
    static byte[] render(BreachView breach, String reporter, LocalDateTime printedAt) {
        List<Element> content = new ArrayList<>();
        content.add(TITLE.paragraph("Personal data breach report"));
        content.add(VALUE.paragraph("Breach " + breach.id() + ": " + breach.details().summary()));
        sections(content, breach, reporter, printedAt);
        return A4Pdf.render("Personal data breach report " + breach.id(), content);
    }

    private static void sections(List<Element> content, BreachView breach, String reporter,
            LocalDateTime printedAt) {
        BreachForm details = breach.details();
        section(content, "Organisation and reporter",
                "Reported by", reporter + " (Data Protection Manager)",
                "Prepared on", Dates.text(printedAt));
        section(content, "About the breach",
                "What happened", natures(details.natures()),
                "Description", details.description(),
                "When it happened", details.occurredAt() == null ? "Not known" : Dates.text(details.occurredAt()),
                "When the organisation became aware", Dates.text(details.awareAt()),
                "How it was discovered", details.howDiscovered(),
                "Report due by", Dates.text(breach.reportDeadline()),
                "Why the report is late", breach.report() == null ? null : breach.report().lateReason());
        section(content, "The people and records affected",
                "Categories of personal data", details.dataCategories(),
                "Approximate number of records", number(details.approxRecords()),
                "Categories of people", details.peopleCategories(),
                "Approximate number of people", number(details.approxPeople()),
                "People linked in the register", Integer.toString(details.subjectIds().size()),
                "Systems involved", details.systems(),
                "Likely consequences", details.consequences());
        section(content, "Risk",
                "Likelihood of harm", details.likelihood().label(),
                "Severity of harm", details.severity().label(),
                "Result", breach.risk().label());
        section(content, "Action taken",
                "Measures taken", details.measuresTaken(),
                "Measures planned", details.measuresPlanned(),
                "People affected told", peopleTold(breach));
        section(content, "Decision",
                "Report to the ICO", breach.decision() == null ? "Not decided yet"
                        : breach.decision().notifyIco() ? "Yes" : "No",
                "Reasons", breach.decision() == null ? null : breach.decision().reasons(),
                "Decided by", breach.decidedBy(),
                "Decided on", Dates.text(breach.decidedAt()));
        section(content, "Report to the ICO",
                "Reported on", breach.report() == null ? "Not reported" : Dates.text(breach.report().reportedAt()),
                "ICO reference", breach.report() == null ? null : breach.report().icoReference(),
                "Closed", breach.closed() ? Dates.text(breach.closedAt()) + " by " + breach.closedBy() : "Open");
    }

    /** A heading and a two-column table of label and value pairs. */
    private static void section(List<Element> content, String heading, String... labelsAndValues) {
        Paragraph title = HEADING.paragraph(heading);
        title.setSpacingBefore(14);
        title.setSpacingAfter(4);
        content.add(title);
        LabelValueTable table = new LabelValueTable(LABEL, VALUE);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            table.row(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        content.add(table.table());
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

package org.custos.protection.retention.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.protection.retention.api.ScheduleRule;
import org.custos.protection.retention.api.ScheduleVersion;
import org.custos.protection.shared.Dates;
import org.custos.protection.shared.pdf.A4Pdf;
import org.custos.protection.shared.pdf.LabelValueTable;
import org.custos.protection.shared.pdf.TextStyle;

/**
 * The retention schedule as the organisation's retention policy document (R1-R6), in the layout of the context's
 * documents: the version in force, each context's rules (record group, the event the clock counts from, the period
 * and the policy's default, what happens at the end, the rule applied) and the schedule's versions.
 */
final class SchedulePdf {

    static final String TITLE_TEXT = "Retention schedule";

    private static final TextStyle TITLE = TextStyle.bold(16);
    private static final TextStyle HEADING = TextStyle.bold(12);
    private static final TextStyle LABEL = TextStyle.bold(9);
    private static final TextStyle VALUE = TextStyle.regular(9);

    private SchedulePdf() {
    }

    static byte[] render(List<ScheduleRule> rules, List<ScheduleVersion> versions, String printedBy,
            LocalDateTime printedAt) {
        List<Element> content = new ArrayList<>();
        content.add(TITLE.paragraph(TITLE_TEXT));
        int current = versions.isEmpty() ? 1 : versions.get(0).number();
        content.add(VALUE.paragraph("The organisation's retention policy: how long each group of personal records is"
                + " kept, from which event, and what happens at the end. Nothing is destroyed before a reviewer"
                + " decides. Version " + current + ", printed on " + Dates.text(printedAt) + " by " + printedBy + "."));
        String context = null;
        for (ScheduleRule rule : rules) {
            if (!rule.contextLabel().equals(context)) {
                context = rule.contextLabel();
                content.add(heading(context));
            }
            Paragraph group = LABEL.paragraph(rule.recordGroup());
            group.setSpacingBefore(6);
            group.setSpacingAfter(2);
            content.add(group);
            content.add(new LabelValueTable(LABEL, VALUE)
                    .row("Kept for", rule.periodWords() + (rule.changed() ? " (policy default " + rule.defaultWords()
                            + ")" : ""))
                    .row("Counted from", rule.countsFrom())
                    .row("At the end", rule.atEnd())
                    .row("Rule", rule.rule()).table());
        }
        if (rules.isEmpty()) {
            content.add(VALUE.paragraph("No context declares a retention rule yet."));
        }
        content.add(heading("Versions of this schedule"));
        LabelValueTable table = new LabelValueTable(LABEL, VALUE);
        for (ScheduleVersion version : versions) {
            table.row("Version " + version.number(), version.number() == 1 ? version.change()
                    : Dates.text(version.changedAt()) + ", " + version.changedBy() + ": " + version.change());
        }
        content.add(table.table());
        return A4Pdf.render(TITLE_TEXT + ", version " + current, content);
    }

    private static Paragraph heading(String text) {
        Paragraph heading = HEADING.paragraph(text);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        return heading;
    }
}

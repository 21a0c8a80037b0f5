package org.custos.protection.processing.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.custos.protection.processing.api.Art30Column;
import org.custos.protection.processing.api.ProcessingActivity;
import org.custos.protection.processing.api.RecordOfProcessing;
import org.custos.protection.shared.pdf.A4Pdf;
import org.custos.protection.shared.pdf.LabelValueTable;
import org.custos.protection.shared.pdf.TextStyle;

/**
 * The record of processing as a PDF: the contact block, then each activity with every column of the ICO's template
 * under its heading, and what it lacks; a page too narrow for the template's 29 columns reads them down, not across.
 */
final class ProcessingRecordPdf {

    private static final TextStyle TITLE = TextStyle.bold(16);
    private static final TextStyle HEADING = TextStyle.bold(11);
    private static final TextStyle LABEL = TextStyle.bold(9);
    private static final TextStyle VALUE = TextStyle.regular(9);
    private static final String NOT_RECORDED = "Not recorded";

    private ProcessingRecordPdf() {
    }

    static byte[] render(RecordOfProcessing record) {
        List<Element> content = new ArrayList<>();
        content.add(TITLE.paragraph("Record of processing activities"));
        content.add(VALUE.paragraph("UK GDPR Article 30, made on " + record.madeAt() + ". "
                + (record.incomplete() == 0 ? "Every activity is complete."
                        : record.incomplete() + " of " + record.activities().size()
                                + " activities are incomplete.")));
        RecordOfProcessing.Controller controller = record.controller();
        content.add(new LabelValueTable(LABEL, VALUE)
                .row("Controller", orNotRecorded(controller.name()))
                .row("Address", orNotRecorded(controller.address()))
                .row("ICO registration number", orNotRecorded(controller.icoRegistration()))
                .row("Data Protection Manager", orNotRecorded(controller.dpmName()))
                .row("Email", orNotRecorded(controller.dpmEmail()))
                .row("Telephone", orNotRecorded(controller.dpmPhone()))
                .table());
        for (ProcessingActivity activity : record.activities()) {
            Paragraph heading = HEADING.paragraph(activity.name());
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(4);
            content.add(heading);
            if (!activity.complete()) {
                content.add(VALUE.paragraph(activity.incompleteness() + "."));
            }
            LabelValueTable table = new LabelValueTable(LABEL, VALUE);
            for (Art30Column column : Art30Column.values()) {
                table.row(column.heading(), orNotRecorded(activity.cell(column)));
            }
            content.add(table.table());
        }
        return A4Pdf.render("Record of processing activities", content);
    }

    private static String orNotRecorded(String text) {
        return text == null || text.isBlank() ? NOT_RECORDED : text;
    }
}

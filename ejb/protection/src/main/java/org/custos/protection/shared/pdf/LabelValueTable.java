package org.custos.protection.shared.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** A full-width table of two columns, a label and its value; an empty value prints as a dash. */
public final class LabelValueTable {

    private final TextStyle labelStyle;
    private final TextStyle valueStyle;
    private final PdfPTable table = new PdfPTable(new float[] {1, 2});

    public LabelValueTable(TextStyle labelStyle, TextStyle valueStyle) {
        this.labelStyle = labelStyle;
        this.valueStyle = valueStyle;
        table.setWidthPercentage(100);
    }

    public LabelValueTable row(String label, String value) {
        table.addCell(cell(labelStyle, label));
        table.addCell(cell(valueStyle, value == null || value.isBlank() ? "-" : value));
        return this;
    }

    public PdfPTable table() {
        return table;
    }

    private static PdfPCell cell(TextStyle style, String text) {
        PdfPCell cell = new PdfPCell(style.phrase(text));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        // As in the rest of the document (A4Pdf): left to right, a name in Arabic right to left within it.
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }
}

package org.custos.protection.shared.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** A full-width table of two columns, a label and its value; an empty value prints as a dash. */
public final class LabelValueTable {

    private final Font labelFont;
    private final Font valueFont;
    private final PdfPTable table = new PdfPTable(new float[] {1, 2});

    public LabelValueTable(Font labelFont, Font valueFont) {
        this.labelFont = labelFont;
        this.valueFont = valueFont;
        table.setWidthPercentage(100);
    }

    public LabelValueTable row(String label, String value) {
        table.addCell(cell(label, labelFont));
        table.addCell(cell(value == null || value.isBlank() ? "-" : value, valueFont));
        return this;
    }

    public PdfPTable table() {
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}

package org.custos.web.audit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.custos.security.api.AuditExport;
import org.custos.web.shell.AuditWords;

/**
 * The audit trail's export as a PDF: a landscape A4 table with the page's columns in words, headed by what was
 * exported, by whom and when, and repeated on every page. Liberation Sans (from OpenPDF's extra fonts, as the
 * letters use) prints names in Latin, Greek and Cyrillic script.
 */
final class AuditTrailPdf {

    private static final String FONT = "/liberation/LiberationSans-Regular.ttf";
    private static final float[] WIDTHS = {5, 11, 9, 16, 6, 8, 12, 6, 27};
    private static BaseFont font;

    private AuditTrailPdf() {
    }

    /** {@code heading}: what the file holds, e.g. "Entries about person 1050, exported by Dana Price on ...". */
    static byte[] of(AuditExport export, AuditWords words, String heading) {
        Font text = new Font(font(), 8);
        Font bold = new Font(font(), 8, Font.BOLD);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle("Audit trail");
            document.open();
            document.add(new Paragraph("Audit trail", new Font(font(), 14, Font.BOLD)));
            document.add(new Paragraph(heading, text));
            if (!export.complete()) {
                document.add(new Paragraph(AuditTrailColumns.incomplete(export), text));
            }
            PdfPTable table = new PdfPTable(WIDTHS);
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            AuditTrailColumns.HEADINGS.forEach(title -> table.addCell(cell(title, bold)));
            export.entries().forEach(entry -> AuditTrailColumns.of(entry, words)
                    .forEach(value -> table.addCell(cell(value, text))));
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("The audit trail's PDF could not be laid out", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(3);
        return cell;
    }

    private static synchronized BaseFont font() {
        if (font == null) {
            try (InputStream in = AuditTrailPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + FONT + " is not on the class path");
                }
                font = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + FONT + " cannot be read", e);
            } catch (DocumentException e) {
                throw new IllegalStateException("The font " + FONT + " is not one OpenPDF reads", e);
            }
        }
        return font;
    }
}

package org.custos.protection.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** An A4 PDF with the margins of all the context's documents, holding the elements the caller laid out. */
public final class A4Pdf {

    private A4Pdf() {
    }

    /**
     * The bytes of a PDF titled {@code title} holding {@code content}, page after page. The text runs left to
     * right; a name in a right-to-left script (Arabic) is shaped and reads right to left within it.
     */
    public static byte[] render(String title, List<? extends Element> content) {
        return render(title, null, content);
    }

    /** As {@link #render(String, List)}, with {@code subject} (null for none) in the document's properties. */
    public static byte[] render(String title, String subject, List<? extends Element> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            document.addTitle(title);
            if (subject != null) {
                document.addSubject(subject);
            }
            document.open();
            // OpenPDF applies Unicode's bidirectional algorithm and Arabic shaping in a column, not in
            // Document.add: the whole content is one column, continued page after page.
            ColumnText column = new ColumnText(writer.getDirectContent());
            column.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            content.forEach(column::addElement);
            while (ColumnText.hasMoreText(fill(column, document))) {
                document.newPage();
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF \"" + title + "\" could not be laid out", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    /** Fills the current page with as much of the column as fits. */
    private static int fill(ColumnText column, Document document) throws DocumentException {
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        int status = column.go();
        if (ColumnText.hasMoreText(status) && column.getYLine() == document.top()) {
            throw new DocumentException("An element is taller than a page");
        }
        return status;
    }
}

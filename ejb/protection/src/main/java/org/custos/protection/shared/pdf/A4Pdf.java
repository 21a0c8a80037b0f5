package org.custos.protection.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/** An A4 PDF with the margins of all the context's documents, laid out by the caller. */
public final class A4Pdf {

    private A4Pdf() {
    }

    /** The bytes of a PDF titled {@code title} whose content {@code body} adds to the open document. */
    public static byte[] render(String title, Consumer<Document> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(title);
            document.open();
            body.accept(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF \"" + title + "\" could not be laid out", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }
}

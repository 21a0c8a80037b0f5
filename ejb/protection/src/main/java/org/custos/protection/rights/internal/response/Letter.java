package org.custos.protection.rights.internal.response;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.custos.protection.shared.pdf.A4Pdf;
import org.custos.protection.shared.pdf.LabelValueTable;

/** The layout of a letter to a data subject: a title, the date, the salutation, the body and the sign-off. */
final class Letter {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font NOTE = new Font(Font.HELVETICA, 9, Font.ITALIC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Document document;

    private Letter(Document document) {
        this.document = document;
    }

    /** The letter titled {@code title} to {@code to}, dated {@code on}, with {@code body} after "Dear ...". */
    static byte[] write(String title, String to, LocalDate on, Consumer<Letter> body) {
        return A4Pdf.render(title, document -> {
            Letter letter = new Letter(document);
            letter.add(new Paragraph(title, TITLE), 0, 12);
            letter.paragraph(date(on));
            letter.paragraph("Dear " + to + ",");
            body.accept(letter);
            letter.add(new Paragraph(LetterTexts.SIGN_OFF, BODY), 14, 24);
            letter.paragraph(LetterTexts.SIGNATORY);
        });
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The heading "Your request of ..." and a table of the request's type, when it came and its outcome. */
    Letter request(String type, LocalDate received, PackField outcome) {
        heading("Your request of " + date(received));
        return fields(List.of(new PackField("Request", type), new PackField("Received", date(received)), outcome));
    }

    Letter heading(String text) {
        return add(new Paragraph(text, HEADING), 14, 4);
    }

    Letter subheading(String text) {
        return add(new Paragraph(text, SUBHEADING), 8, 3);
    }

    Letter paragraph(String text) {
        return add(new Paragraph(text, BODY), 0, 6);
    }

    Letter note(String text) {
        return add(new Paragraph(text, NOTE), 2, 4);
    }

    /** The texts as a bulleted list, or "None recorded." when there are none. */
    Letter list(List<String> texts) {
        if (texts.isEmpty()) {
            return paragraph(LetterTexts.NONE_RECORDED);
        }
        com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
        list.setListSymbol("\u2022");
        texts.forEach(text -> list.add(new ListItem(text, BODY)));
        Paragraph paragraph = new Paragraph();
        paragraph.add(list);
        return add(paragraph, 0, 6);
    }

    Letter fields(List<PackField> fields) {
        LabelValueTable table = new LabelValueTable(SUBHEADING, BODY);
        fields.forEach(field -> table.row(field.label(), field.value()));
        document.add(table.table());
        return this;
    }

    private Letter add(Paragraph paragraph, float spacingBefore, float spacingAfter) {
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setSpacingAfter(spacingAfter);
        document.add(paragraph);
        return this;
    }
}

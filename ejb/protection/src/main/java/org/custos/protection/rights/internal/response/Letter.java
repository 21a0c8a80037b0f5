package org.custos.protection.rights.internal.response;

import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.shared.pdf.A4Pdf;
import org.custos.protection.shared.pdf.LabelValueTable;
import org.custos.protection.shared.pdf.TextStyle;

/** The layout of a letter to a data subject: a title, the date, the salutation, the body and the sign-off. */
final class Letter {

    private static final TextStyle TITLE = TextStyle.bold(16);
    private static final TextStyle HEADING = TextStyle.bold(12);
    private static final TextStyle SUBHEADING = TextStyle.bold(10);
    private static final TextStyle BODY = TextStyle.regular(10);
    private static final TextStyle NOTE = TextStyle.italic(9);
    private static final DateTimeFormatter DATE = OrganisationTime.DAY;

    private final List<Element> content = new ArrayList<>();

    private Letter() {
    }

    /** The letter titled {@code title} to {@code to}, dated {@code on}, with {@code body} after "Dear ...". */
    static byte[] write(String title, String to, LocalDate on, Consumer<Letter> body) {
        Letter letter = new Letter();
        letter.add(TITLE.paragraph(title), 0, 12);
        letter.paragraph(date(on));
        letter.paragraph("Dear " + to + ",");
        body.accept(letter);
        letter.add(BODY.paragraph(LetterTexts.SIGN_OFF), 14, 24);
        letter.paragraph(LetterTexts.SIGNATORY);
        return A4Pdf.render(title, letter.content);
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
        return add(HEADING.paragraph(text), 14, 4);
    }

    Letter subheading(String text) {
        return add(SUBHEADING.paragraph(text), 8, 3);
    }

    Letter paragraph(String text) {
        return add(BODY.paragraph(text), 0, 6);
    }

    Letter note(String text) {
        return add(NOTE.paragraph(text), 2, 4);
    }

    /** The texts as a bulleted list, or "None recorded." when there are none. */
    Letter list(List<String> texts) {
        if (texts.isEmpty()) {
            return paragraph(LetterTexts.NONE_RECORDED);
        }
        com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
        list.setListSymbol(BODY.symbol("\u2022"));
        texts.forEach(text -> list.add(new ListItem(BODY.phrase(text))));
        ((ListItem) list.getItems().get(texts.size() - 1)).setSpacingAfter(6);
        content.add(list);
        return this;
    }

    Letter fields(List<PackField> fields) {
        LabelValueTable table = new LabelValueTable(SUBHEADING, BODY);
        fields.forEach(field -> table.row(field.label(), field.value()));
        content.add(table.table());
        return this;
    }

    private Letter add(Paragraph paragraph, float spacingBefore, float spacingAfter) {
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setSpacingAfter(spacingAfter);
        content.add(paragraph);
        return this;
    }
}

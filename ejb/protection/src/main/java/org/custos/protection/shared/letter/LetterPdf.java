package org.custos.protection.shared.letter;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.custos.protection.shared.Dates;
import org.custos.protection.shared.pdf.A4Pdf;
import org.custos.protection.shared.pdf.LabelValueTable;
import org.custos.protection.shared.pdf.TextStyle;

/**
 * A letter as a PDF to send: the letterhead (logo, organisation, address, ICO registration number), the date in
 * words, "Dear ...", the title, the body, the signature block and the Data Protection Manager's contact; which
 * template produced it is the document's subject.
 */
public final class LetterPdf {

    private static final TextStyle ORGANISATION = TextStyle.bold(14);
    private static final TextStyle SMALL = TextStyle.regular(8);
    private static final TextStyle TITLE = TextStyle.bold(13);
    private static final TextStyle HEADING = TextStyle.bold(12);
    private static final TextStyle SUBHEADING = TextStyle.bold(10);
    private static final TextStyle BODY = TextStyle.regular(10);
    private static final TextStyle NOTE = TextStyle.italic(9);

    private final List<Element> content = new ArrayList<>();

    private LetterPdf() {
    }

    public static byte[] render(LetterDocument letter) {
        LetterPdf pdf = new LetterPdf();
        pdf.letterhead(letter.sender());
        pdf.add(BODY.paragraph(Dates.day(letter.date())), 0, 6);
        pdf.add(BODY.paragraph("Dear " + letter.to() + ","), 0, 6);
        pdf.add(TITLE.paragraph(letter.title()), 4, 8);
        letter.body().forEach(pdf::block);
        pdf.add(BODY.paragraph("Yours sincerely,"), 14, 24);
        letter.sender().signatureLines().forEach(line -> pdf.add(BODY.paragraph(line), 0, 0));
        if (!letter.sender().dpmContactLine().isEmpty()) {
            pdf.add(NOTE.paragraph(letter.sender().dpmContactLine()), 18, 0);
        }
        return A4Pdf.render(letter.title(), letter.madeFrom(), pdf.content);
    }

    private void letterhead(Sender sender) {
        if (sender.logo() != null) {
            content.add(logo(sender.logo()));
        }
        if (!sender.organisationName().isEmpty()) {
            add(ORGANISATION.paragraph(sender.organisationName()), 0, 2);
        }
        sender.addressLines().forEach(line -> add(SMALL.paragraph(line), 0, 0));
        if (!sender.icoLine().isEmpty()) {
            add(SMALL.paragraph(sender.icoLine()), 2, 0);
        }
        add(BODY.paragraph(" "), 0, 12);
    }

    private static Image logo(byte[] bytes) {
        try {
            Image logo = Image.getInstance(bytes);
            logo.scaleToFit(160, 56);
            logo.setSpacingAfter(6);
            return logo;
        } catch (IOException | BadElementException e) {
            throw new IllegalStateException("The organisation's logo cannot be read as PNG or JPEG", e);
        }
    }

    private void block(Block block) {
        if (block instanceof Block.Heading heading) {
            if (heading.level() == 1) {
                add(HEADING.paragraph(heading.text()), 14, 4);
            } else {
                add(SUBHEADING.paragraph(heading.text()), 8, 3);
            }
        } else if (block instanceof Block.Paragraph paragraph) {
            add(BODY.paragraph(paragraph.text()), 0, 6);
        } else if (block instanceof Block.Note note) {
            add(NOTE.paragraph(note.text()), 2, 4);
        } else if (block instanceof Block.Bullets bullets) {
            bullets(bullets.items());
        } else if (block instanceof Block.Fields fields) {
            LabelValueTable table = new LabelValueTable(SUBHEADING, BODY);
            fields.fields().forEach(field -> table.row(field.label(), field.value()));
            content.add(table.table());
        }
    }

    private void bullets(List<String> texts) {
        com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
        list.setListSymbol(BODY.symbol("\u2022"));
        texts.forEach(text -> list.add(new ListItem(BODY.phrase(text))));
        ((ListItem) list.getItems().get(texts.size() - 1)).setSpacingAfter(6);
        content.add(list);
    }

    private void add(Paragraph paragraph, float spacingBefore, float spacingAfter) {
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setSpacingAfter(spacingAfter);
        content.add(paragraph);
    }
}

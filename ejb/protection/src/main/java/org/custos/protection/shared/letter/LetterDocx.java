package org.custos.protection.shared.letter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.custos.protection.shared.Dates;

/**
 * A letter as a Word document (DOCX), to be edited before sending: the same letterhead, text and signature block
 * as {@link LetterPdf}, as plain paragraphs and tables; which template produced it is the document's description.
 */
public final class LetterDocx {

    private static final String FONT = "Liberation Sans";
    private static final double LOGO_WIDTH = 160;
    private static final double LOGO_HEIGHT = 56;

    private final XWPFDocument document;

    private LetterDocx(XWPFDocument document) {
        this.document = document;
    }

    public static byte[] render(LetterDocument letter) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(letter.title());
            document.getProperties().getCoreProperties().setDescription(letter.madeFrom());
            LetterDocx docx = new LetterDocx(document);
            docx.letterhead(letter.sender());
            docx.text(Dates.day(letter.date()), 10, false, false);
            docx.text("Dear " + letter.to() + ",", 10, false, false);
            docx.text(letter.title(), 13, true, false);
            letter.body().forEach(docx::block);
            docx.text("Yours sincerely,", 10, false, false).setSpacingAfter(480);
            letter.sender().signatureLines().forEach(line -> docx.text(line, 10, false, false).setSpacingAfter(0));
            if (!letter.sender().dpmContactLine().isEmpty()) {
                docx.text(letter.sender().dpmContactLine(), 9, false, true).setSpacingBefore(360);
            }
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter \"" + letter.title() + "\" could not be written as DOCX", e);
        }
    }

    /** A document of a bold title and plain paragraphs, without letterhead (what stands in for an erased letter). */
    public static byte[] plain(String title, List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title);
            LetterDocx docx = new LetterDocx(document);
            docx.text(title, 14, true, false);
            paragraphs.forEach(paragraph -> docx.text(paragraph, 10, false, false));
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The document \"" + title + "\" could not be written as DOCX", e);
        }
    }

    private void letterhead(Sender sender) throws IOException {
        if (sender.logo() != null) {
            logo(sender.logo());
        }
        if (!sender.organisationName().isEmpty()) {
            text(sender.organisationName(), 14, true, false).setSpacingAfter(40);
        }
        sender.addressLines().forEach(line -> text(line, 8, false, false).setSpacingAfter(0));
        if (!sender.icoLine().isEmpty()) {
            text(sender.icoLine(), 8, false, false);
        }
        document.createParagraph().setSpacingAfter(240);
    }

    private void logo(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IllegalStateException("The organisation's logo cannot be read as PNG or JPEG");
        }
        double scale = Math.min(1, Math.min(LOGO_WIDTH / image.getWidth(), LOGO_HEIGHT / image.getHeight()));
        boolean png = bytes.length > 3 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        try {
            document.createParagraph().createRun().addPicture(new ByteArrayInputStream(bytes),
                    png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, png ? "logo.png" : "logo.jpg",
                    Units.toEMU(image.getWidth() * scale), Units.toEMU(image.getHeight() * scale));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("The organisation's logo cannot be put in a DOCX", e);
        }
    }

    private void block(Block block) {
        if (block instanceof Block.Heading heading) {
            text(heading.text(), heading.level() == 1 ? 12 : 10, true, false).setSpacingBefore(
                    heading.level() == 1 ? 280 : 160);
        } else if (block instanceof Block.Paragraph paragraph) {
            text(paragraph.text(), 10, false, false);
        } else if (block instanceof Block.Note note) {
            text(note.text(), 9, false, true);
        } else if (block instanceof Block.Bullets bullets) {
            bullets.items().forEach(item -> {
                XWPFParagraph line = text("\u2022 " + item, 10, false, false);
                line.setIndentationLeft(360);
                line.setIndentationHanging(240);
                line.setSpacingAfter(60);
            });
        } else if (block instanceof Block.Fields fields) {
            table(fields.fields());
        }
    }

    private void table(List<Block.Field> fields) {
        XWPFTable table = document.createTable(fields.size(), 2);
        table.setWidth("100%");
        for (int i = 0; i < fields.size(); i++) {
            XWPFTableRow row = table.getRow(i);
            Block.Field field = fields.get(i);
            cell(row.getCell(0).getParagraphs().get(0), field.label(), true);
            cell(row.getCell(1).getParagraphs().get(0), field.value() == null || field.value().isBlank() ? "-"
                    : field.value(), false);
        }
        document.createParagraph().setSpacingAfter(60);
    }

    private static void cell(XWPFParagraph paragraph, String text, boolean bold) {
        paragraph.setSpacingAfter(0);
        write(paragraph.createRun(), text, 10, bold, false);
    }

    /** A paragraph of the text, line breaks kept. */
    private XWPFParagraph text(String text, int size, boolean bold, boolean italic) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(120);
        write(paragraph.createRun(), text, size, bold, italic);
        return paragraph;
    }

    private static void write(XWPFRun run, String text, int size, boolean bold, boolean italic) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}

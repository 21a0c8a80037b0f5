package org.custos.protection.shared.letter;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

/** Letters as the rights engine would write them, from an organisation with every setting made, and its logo. */
final class Letters {

    static final LocalDate DATED = LocalDate.of(2026, 12, 3);

    private Letters() {
    }

    static Sender anOrganisation(byte[] logo) {
        return new Sender("Northwind Trust", "1 High Street\nLeeds LS1 1AA", "ZA123456", logo, "Dana Park",
                "dpm@northwind.example", "0113 496 0000", "Sam Reed", "Chief Executive");
    }

    static LetterDocument aLetterFrom(Sender sender) {
        return new LetterDocument(sender, "We have received your request", DATED, "Zoë Ó Briain", new LetterBody()
                .paragraphs("Thank you for your request.\n\nWe will reply by 4 January 2027.")
                .heading("Your request").fields(List.of(new Block.Field("Received", "3 December 2026"),
                        new Block.Field("Reference", "")))
                .list(List.of("Rectification", "Erasure")).note("[redacted: a colleague's name removed]").blocks(),
                "Acknowledgement of a request, version 2");
    }

    /** A PNG image of the given type ("png" or "jpg"), 300 by 100 pixels. */
    static byte[] anImage(String format) {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, 0, 150, 100);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

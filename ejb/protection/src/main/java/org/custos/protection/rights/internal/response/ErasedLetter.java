package org.custos.protection.rights.internal.response;

import java.util.List;
import org.custos.protection.shared.letter.LetterDocx;
import org.custos.protection.shared.pdf.A4Pdf;
import org.custos.protection.shared.pdf.TextStyle;

/**
 * What stands in for a kept letter once the person it was for is erased (D5, R6), as PDF and as DOCX: the marker
 * and a line saying that only the hash of the letter is kept.
 */
public final class ErasedLetter {

    private static final String KEPT = "The letter kept here was erased with the person's data. Only its size and"
            + " SHA-256 hash are kept, as evidence of what was sent.";

    private ErasedLetter() {
    }

    public static byte[] pdf(String marker) {
        return A4Pdf.render(marker, List.of(TextStyle.bold(14).paragraph(marker), TextStyle.regular(10).paragraph(
                KEPT)));
    }

    public static byte[] docx(String marker) {
        return LetterDocx.plain(marker, List.of(KEPT));
    }
}

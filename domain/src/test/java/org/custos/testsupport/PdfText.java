package org.custos.testsupport;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The text of a PDF as a reader copies it, page after page, for assertions on what a document says. As readers
 * do, Arabic comes back as letters in reading order: a PDF holds it shaped (each letter in its joined form) and
 * laid out right to left.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page).lines().map(PdfText::inReadingOrder)
                        .collect(Collectors.joining("\n"))).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** The fonts the PDF's pages use, by name without their subset prefix ("NotoSansSC-Regular"). */
    public static List<String> fonts(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            Set<String> names = new TreeSet<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
                for (PdfName key : fonts.getKeys()) {
                    String name = PdfName.decodeName(fonts.getAsDict(key).getAsName(PdfName.BASEFONT).toString());
                    names.add(name.substring(name.indexOf('+') + 1));
                }
            }
            return List.copyOf(names);
        } finally {
            reader.close();
        }
    }

    /** A line laid out left to right, with right-to-left runs reversed back and their letters unshaped. */
    private static String inReadingOrder(String visual) {
        String line = unshaped(visual);
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
        StringBuilder logical = new StringBuilder();
        for (int run = 0; run < bidi.getRunCount(); run++) {
            String text = line.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            logical.append(bidi.getRunLevel(run) % 2 == 0 ? text : new StringBuilder(text).reverse());
        }
        return logical.toString();
    }

    /** Arabic presentation forms (U+FB50 to U+FDFF, U+FE70 to U+FEFF) back to the letters they show. */
    private static String unshaped(String text) {
        StringBuilder letters = new StringBuilder();
        text.codePoints().forEach(c -> letters.append((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)
                ? Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC) : Character.toString(c)));
        return letters.toString();
    }
}

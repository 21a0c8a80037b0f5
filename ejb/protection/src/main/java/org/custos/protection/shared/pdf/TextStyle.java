package org.custos.protection.shared.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import java.util.List;
import org.custos.protection.shared.pdf.EmbeddedFonts.Face;

/**
 * A size and weight of the documents' text. Its phrases set each character in the first {@link EmbeddedFonts
 * embedded font} that has it, so that every name prints, in whatever script; a character none of them has
 * (Korean, Devanagari ...) prints as {@value #MISSING}, and an invisible format character none has (a variation
 * selector, a joiner) is left out.
 */
public final class TextStyle {

    static final String MISSING = "?";

    private final List<Font> fonts;
    private final float leading;

    private TextStyle(List<Face> faces, float size) {
        this.fonts = faces.stream().map(face -> new Font(face.font(), size, face.simulatedStyle())).toList();
        this.leading = 1.5f * size;
    }

    public static TextStyle regular(float size) {
        return new TextStyle(EmbeddedFonts.REGULAR, size);
    }

    public static TextStyle bold(float size) {
        return new TextStyle(EmbeddedFonts.BOLD, size);
    }

    public static TextStyle italic(float size) {
        return new TextStyle(EmbeddedFonts.ITALIC, size);
    }

    /** The text as a phrase of runs, each in the first font that has its characters; line breaks are kept. */
    public Phrase phrase(String text) {
        Phrase phrase = new Phrase(leading);
        StringBuilder run = new StringBuilder();
        Font runFont = fonts.get(0);
        for (int codePoint : text.codePoints().toArray()) {
            if (codePoint == '\n') {
                run.append('\n');
                continue;
            }
            Font font = fonts.stream().filter(each -> each.getBaseFont().charExists(codePoint)).findFirst()
                    .orElse(null);
            if (font == null && (Character.isISOControl(codePoint)
                    || Character.getType(codePoint) == Character.FORMAT)) {
                continue;
            }
            Font shownIn = font == null ? fonts.get(0) : font;
            if (shownIn != runFont && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = shownIn;
            run.append(font == null ? MISSING : Character.toString(codePoint));
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), runFont));
        }
        return phrase;
    }

    public Paragraph paragraph(String text) {
        return new Paragraph(phrase(text));
    }

    /** A list's bullet, or another single symbol, in the first font. */
    public Chunk symbol(String symbol) {
        return new Chunk(symbol, fonts.get(0));
    }
}

package org.custos.protection.shared.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts the documents embed, per weight in the order a character is looked up: Liberation Sans (Latin, Greek,
 * Cyrillic, Hebrew), Noto Naskh Arabic, Noto Emoji, Noto Sans SC (Chinese, Japanese kana). They are read once, on
 * first use; a document embeds only the glyphs it uses. Faces the fonts do not have (a bold Chinese, an italic
 * Arabic) are simulated by OpenPDF, which strokes or slants the regular one.
 */
final class EmbeddedFonts {

    private static final BaseFont ARABIC = font("fonts/NotoNaskhArabic-Regular.ttf");
    private static final BaseFont EMOJI = font("fonts/NotoEmoji-Regular.ttf");
    private static final BaseFont CHINESE = font("fonts/NotoSansSC-Regular.ttf");

    static final List<Face> REGULAR = List.of(new Face(font("/liberation/LiberationSans-Regular.ttf"), Font.NORMAL),
            new Face(ARABIC, Font.NORMAL), new Face(EMOJI, Font.NORMAL), new Face(CHINESE, Font.NORMAL));
    static final List<Face> BOLD = List.of(new Face(font("/liberation/LiberationSans-Bold.ttf"), Font.NORMAL),
            new Face(font("fonts/NotoNaskhArabic-Bold.ttf"), Font.NORMAL), new Face(EMOJI, Font.NORMAL),
            new Face(CHINESE, Font.BOLD));
    static final List<Face> ITALIC = List.of(new Face(font("/liberation/LiberationSans-Italic.ttf"), Font.NORMAL),
            new Face(ARABIC, Font.ITALIC), new Face(EMOJI, Font.NORMAL), new Face(CHINESE, Font.ITALIC));

    private EmbeddedFonts() {
    }

    /** A font and the style OpenPDF simulates on it ({@link Font#NORMAL} when the font is the face itself). */
    record Face(BaseFont font, int simulatedStyle) {
    }

    private static BaseFont font(String resource) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is not on the class path");
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + resource + " cannot be read", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The font " + resource + " is not one OpenPDF reads", e);
        }
    }
}

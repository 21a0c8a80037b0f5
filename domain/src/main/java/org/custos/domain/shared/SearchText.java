package org.custos.domain.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * How names and titles are searched. Each is kept folded beside the text as typed (lower case, single spaces,
 * no accents: "Zoë  Ñúñez" is kept as "zoe nunez"), and a search folds what was typed the same way, so that either
 * spelling finds the other on PostgreSQL and on H2 alike. What was typed is found literally: {@code %} and
 * {@code _} are characters people type, never wildcards.
 */
public final class SearchText {

    /** The escape clause of every {@code like} whose pattern comes from {@link #anywhere(String)}. */
    public static final String ESCAPE = " escape '\\'";

    /** Letters that are not a base letter and an accent, so that decomposing them does not fold them. */
    private static final Map<Integer, String> LETTERS = Map.ofEntries(Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'đ', "d"), Map.entry((int) 'ð', "d"),
            Map.entry((int) 'ħ', "h"), Map.entry((int) 'ı', "i"), Map.entry((int) 'ł', "l"),
            Map.entry((int) 'ŀ', "l"), Map.entry((int) 'ŧ', "t"));

    private SearchText() {
    }

    /**
     * The text as it is kept and compared for searching: trimmed, spaces collapsed, lower case, accents and
     * ligatures folded to plain letters. At most twice as long as the text (a ligature becomes two letters).
     */
    public static String folded(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT),
                Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(letter -> {
            int type = Character.getType(letter);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                plain.append(LETTERS.getOrDefault(letter, Character.toString(letter)));
            }
        });
        return Normalizer.normalize(plain, Normalizer.Form.NFC);
    }

    /**
     * The {@code like} pattern (with {@link #ESCAPE}) that finds the text anywhere in a value, taking each of its
     * characters literally.
     */
    public static String anywhere(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

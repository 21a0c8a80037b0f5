package org.custos.domain.document;

import java.util.Arrays;

/**
 * A document's file name made safe to keep, show and download under: no folder parts (a name never points at a
 * place on anyone's disk), no control characters and no bidirectional controls (which can show "fdp.exe" as
 * "exe.pdf"), no name Windows keeps for a device ("CON", "NUL.pdf" become "CON-document" ...). A download
 * takes the extension of the type the content was told to be, whatever the name said.
 */
public final class DocumentName {

    /** What a name becomes when nothing of it is left. */
    static final String UNNAMED = "document";

    /** The right-to-left mark, the embeddings, overrides and isolates of Unicode's bidirectional algorithm. */
    private static final int[] BIDI_CONTROLS = {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        0x2066, 0x2067, 0x2068, 0x2069};
    private static final int LONGEST_EXTENSION = 5;
    /** Names Windows keeps for its devices, with any extension ("CON", "nul.pdf"): such a file cannot be saved. */
    private static final java.util.regex.Pattern DEVICE = java.util.regex.Pattern.compile(
            "(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\s*(\\..*)?)");

    private DocumentName() {
    }

    /** The name as uploaded, without its folders, control and bidirectional characters and surrounding blanks. */
    public static String clean(String uploaded) {
        StringBuilder kept = new StringBuilder();
        (uploaded == null ? "" : uploaded).codePoints().filter(DocumentName::shown).forEach(kept::appendCodePoint);
        String name = kept.substring(Math.max(kept.lastIndexOf("/"), kept.lastIndexOf("\\")) + 1).strip();
        if (name.chars().allMatch(c -> c == '.')) {
            return UNNAMED;
        }
        java.util.regex.Matcher device = DEVICE.matcher(name);
        return device.matches() ? device.group(1) + "-" + UNNAMED + device.group(2) : name;
    }

    /**
     * The name to download a document under: {@link #clean(String) clean}, with the extension of {@code type}
     * in place of the one it came with ("scan.png" holding a PDF downloads as "scan.pdf").
     */
    public static String forDownload(String stored, DocumentType type) {
        String name = clean(stored);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (dot > 0 && type.hasExtension(extension)) {
            return name;
        }
        String base = dot >= 0 && looksLikeAnExtension(extension) ? name.substring(0, dot).strip() : name;
        return (base.isEmpty() ? UNNAMED : base) + "." + type.extension();
    }

    private static boolean shown(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isISOControl(codePoint) && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && Arrays.binarySearch(BIDI_CONTROLS, codePoint) < 0;
    }

    /** "png" or "v2" is taken for an extension, " Smith letter" (after "Dr.") is not. */
    private static boolean looksLikeAnExtension(String text) {
        return !text.isEmpty() && text.length() <= LONGEST_EXTENSION
                && text.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }
}

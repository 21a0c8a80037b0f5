package org.custos.domain.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The parts of a ZIP package (a DOCX, an ODT, or a ZIP that claims to be one), unpacked entry by entry and only
 * as far as its limits allow: a package with too many parts, or one that unpacks to far more than its size (a
 * zip bomb), is refused as soon as it passes a limit instead of being unpacked whole. Reads whether it holds
 * macros on the way.
 */
final class OfficePackage {

    /** More parts than any document has; a DOCX has a few dozen, one with many pictures a few hundred. */
    static final int MAX_PARTS = 1_000;
    /** The most a package may unpack to, its parts together. */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    /** How many times its own size a package may unpack to, once past {@link #RATIO_GRACE_BYTES}. */
    static final int MAX_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private static final Set<String> WORD_PARTS = Set.of("[Content_Types].xml", "word/document.xml");
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Marks of macros in an Office Open XML package's content types: a .docm main part, a VBA project part. */
    private static final Set<String> MACRO_CONTENT_TYPES = Set.of("macroenabled", "vbaproject");
    /** Where an OpenDocument package keeps its macros (Basic) and scripts (other languages). */
    private static final Set<String> ODF_MACRO_FOLDERS = Set.of("basic/", "scripts/");
    private static final int BUFFER = 8192;

    private final Set<String> parts = new HashSet<>();
    private boolean macros;
    private boolean readable = true;

    private OfficePackage() {
    }

    /**
     * The package's parts, read within the limits.
     *
     * @param fileName only for the message
     * @throws RefusedDocument when the package passes a limit
     */
    static OfficePackage read(String fileName, byte[] content) {
        OfficePackage office = new OfficePackage();
        long allowed = Math.min(MAX_UNPACKED_BYTES, Math.max(RATIO_GRACE_BYTES, (long) MAX_RATIO * content.length));
        long unpacked = 0;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (office.parts.size() == MAX_PARTS) {
                    throw new RefusedDocument(fileName + " is refused: it holds more than " + MAX_PARTS
                            + " parts, far more than any document has.");
                }
                office.add(entry.getName());
                MacroScan contentTypes = CONTENT_TYPES.equals(entry.getName()) ? new MacroScan() : null;
                // Every entry is read to its end here, so getNextEntry() has nothing left to unpack unchecked.
                for (int read = zip.read(buffer); read != -1; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > allowed) {
                        throw new RefusedDocument(fileName + " is refused: it would unpack to more than "
                                + Math.max(1, allowed / (1024 * 1024)) + " MB, far more than a document of its "
                                + "size. It may be damaged, or made to overload the server.");
                    }
                    if (contentTypes != null) {
                        office.macros |= contentTypes.found(buffer, read);
                    }
                }
            }
        } catch (IOException unreadable) {
            office.readable = false;
        }
        return office;
    }

    private void add(String part) {
        parts.add(part);
        String lower = part.toLowerCase(Locale.ROOT);
        macros |= lower.endsWith("vbaproject.bin") || ODF_MACRO_FOLDERS.stream().anyMatch(lower::startsWith);
    }

    /** Whether the archive is an Office Open XML package with a Word document in it (not a sheet, a slide deck). */
    boolean isWordDocument() {
        return parts.containsAll(WORD_PARTS);
    }

    /** Whether it holds macros: a VBA project, a macro-enabled type (DOCM, XLSM ...), OpenDocument Basic or scripts. */
    boolean hasMacros() {
        return macros;
    }

    /** False when the ZIP structure is broken. */
    boolean readable() {
        return readable;
    }

    /** Looks for the marks of macros in a part read piece by piece, a mark possibly split between two pieces. */
    private static final class MacroScan {

        private static final int OVERLAP = MACRO_CONTENT_TYPES.stream().mapToInt(String::length).max().orElseThrow();

        private String tail = "";

        boolean found(byte[] piece, int length) {
            // The marks are ASCII; ISO-8859-1 keeps every byte as one character, whatever the XML's encoding.
            String text = tail + new String(piece, 0, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            tail = text.substring(Math.max(0, text.length() - OVERLAP));
            return MACRO_CONTENT_TYPES.stream().anyMatch(text::contains);
        }
    }
}

package org.custos.domain.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * The kinds of document Custos accepts as an attachment, told by the bytes themselves and never by the file's
 * name, so that a renamed executable is refused whatever it is called.
 */
public enum DocumentType {

    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)"),
    PNG("image/png", "PNG image"),
    JPEG("image/jpeg", "JPEG image");

    /**
     * What Tika's content detection (without its container parsers) says of a Word document: a ZIP, or an Office
     * Open XML package when the package's content types come first. Its parts tell the rest.
     */
    private static final Set<String> PACKAGES = Set.of("application/zip", "application/x-tika-ooxml");
    private static final Set<String> WORD_PARTS = Set.of("[Content_Types].xml", "word/document.xml");
    private static final Tika TIKA = new Tika();

    private final String mediaType;
    private final String label;

    DocumentType(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /**
     * The type of {@code content}, detected from its bytes.
     *
     * @param fileName only for the message
     * @throws RefusedDocument when the content is of no accepted type
     */
    public static DocumentType of(String fileName, byte[] content) {
        String detected = TIKA.detect(content);
        if (PACKAGES.contains(detected) && isWordPackage(content)) {
            return DOCX;
        }
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(detected)).findFirst()
                .orElseThrow(() -> new RefusedDocument(fileName + " is not a document Custos accepts: its content is "
                        + detected + ", whatever its name says. Accepted: " + accepted() + "."));
    }

    /** Whether the archive is an Office Open XML package with a Word document in it (not a sheet, a slide deck). */
    private static boolean isWordPackage(byte[] content) {
        Set<String> parts = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.add(entry.getName());
            }
            return parts.containsAll(WORD_PARTS);
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** The accepted types, for messages and hints: "PDF, Word (DOCX), ...". */
    public static String accepted() {
        return Arrays.stream(values()).map(DocumentType::label).collect(Collectors.joining(", "));
    }
}

package org.custos.domain.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.Tika;

/**
 * The kinds of document Custos accepts as an attachment, told by the bytes themselves and never by the file's
 * name, so that a renamed executable is refused whatever it is called.
 */
public enum DocumentType {

    PDF("application/pdf", "PDF", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)", "odt"),
    PNG("image/png", "PNG image", "png"),
    JPEG("image/jpeg", "JPEG image", "jpg", "jpeg");

    /**
     * What Tika's content detection (without its container parsers) says of a Word document: a ZIP, or an Office
     * Open XML package when the package's content types come first. Its parts tell the rest.
     */
    private static final Set<String> PACKAGES = Set.of("application/zip", "application/x-tika-ooxml");
    private static final Tika TIKA = new Tika();

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    DocumentType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /** The extension a file of this type is saved with. */
    public String extension() {
        return extensions.get(0);
    }

    boolean hasExtension(String extension) {
        return extensions.stream().anyMatch(extension::equalsIgnoreCase);
    }

    /**
     * The type stored as {@code mediaType} (one of the {@link #mediaType()}s).
     *
     * @throws IllegalArgumentException for a media type no accepted document has
     */
    public static DocumentType ofMediaType(String mediaType) {
        return withMediaType(mediaType)
                .orElseThrow(() -> new IllegalArgumentException("No accepted document is of type " + mediaType));
    }

    private static Optional<DocumentType> withMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    /**
     * The type of {@code content}, detected from its bytes. A ZIP package (a Word or OpenDocument file) is
     * unpacked only within the limits of an {@link OfficePackage}, and refused when it holds macros.
     *
     * @param fileName only for the message
     * @throws RefusedDocument when the content is of no accepted type, passes a package's limits or holds macros
     */
    public static DocumentType of(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new RefusedDocument(fileName + " is empty: the file has 0 bytes.");
        }
        String detected = TIKA.detect(content);
        if (PACKAGES.contains(detected) || ODT.mediaType.equals(detected)) {
            OfficePackage office = OfficePackage.read(fileName, content);
            if (!office.readable()) {
                throw new RefusedDocument(fileName + " cannot be read: the file is damaged or incomplete.");
            }
            if (office.hasMacros()) {
                throw new RefusedDocument(fileName + " contains macros, which Custos does not accept. Save it as a "
                        + "document without macros (" + DOCX.label + " or " + ODT.label + ") and upload that.");
            }
            if (PACKAGES.contains(detected) && office.isWordDocument()) {
                return DOCX;
            }
        }
        return withMediaType(detected).orElseThrow(() -> new RefusedDocument(fileName + " is not a document Custos "
                + "accepts: it is " + inWords(detected) + ", whatever its name says. Accepted: " + accepted() + "."));
    }

    /** What a detected media type is, in words for a message: "a program", "a script" ... */
    static String inWords(String detected) {
        String type = detected.toLowerCase(java.util.Locale.ROOT);
        if (type.contains("msdownload") || type.contains("dosexec") || type.contains("executable")
                || type.contains("elf") || type.contains("sharedlib") || type.contains("mach-o")
                || type.contains("java-archive") || type.contains("msi")) {
            return "a program (" + detected + ")";
        }
        if (type.contains("x-sh") || type.contains("script") || type.contains("bat") || type.contains("python")
                || type.contains("perl")) {
            return "a script (" + detected + ")";
        }
        if (PACKAGES.contains(type)) {
            return "a ZIP archive, not a Word or OpenDocument text (" + detected + ")";
        }
        if (type.contains("msoffice") || type.contains("msword") || type.contains("ms-excel")
                || type.contains("ms-powerpoint")) {
            return "an older Office file (DOC, XLS or PPT: " + detected + ")";
        }
        if (type.equals("application/octet-stream")) {
            return "of no type Custos recognises";
        }
        return "a file of type " + detected;
    }

    /** The accepted types, for messages and hints: "PDF, Word (DOCX), ...". */
    public static String accepted() {
        return Arrays.stream(values()).map(DocumentType::label).collect(Collectors.joining(", "));
    }
}

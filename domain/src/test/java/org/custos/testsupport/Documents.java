package org.custos.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small documents made on the spot, each the smallest of its kind that a reader or a detector recognises. */
public final class Documents {

    private Documents() {
    }

    /** A one-page PDF saying {@code text}. */
    public static byte[] pdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A Word document (DOCX): an Office Open XML package with a main document part. */
    public static byte[] docx() {
        return zip(Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"/>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                        + ".org/wordprocessingml/2006/main\"/>"), null);
    }

    /** A macro-enabled Word document (DOCM): its content types declare the main part macro-enabled. */
    public static byte[] docm() {
        return zip(Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType="
                        + "\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                        + ".org/wordprocessingml/2006/main\"/>"), null);
    }

    /** A Word document (DOCX) that carries a VBA macro project. */
    public static byte[] docxWithVbaProject() {
        return zip(Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"/>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                        + ".org/wordprocessingml/2006/main\"/>",
                "word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\""), null);
    }

    /** An OpenDocument text with a Basic macro library. */
    public static byte[] odtWithMacros() {
        return zip(Map.of("content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:"
                + "names:tc:opendocument:xmlns:office:1.0\"/>", "Basic/Standard/Module1.xml", "<script:module/>"),
                "application/vnd.oasis.opendocument.text");
    }

    /**
     * A zip bomb dressed as a Word document: its body unpacks to {@code megabytes} MB of zeros, from about a
     * thousandth of that on disk.
     */
    public static byte[] wordZipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Word document with {@code count} parts, each a few bytes. */
    public static byte[] docxWithParts(int count) {
        Map<String, String> parts = new HashMap<>();
        for (int i = 0; i < count - 2; i++) {
            parts.put("word/media/note" + i + ".xml", "<n/>");
        }
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
        parts.put("word/document.xml", "<w:document/>");
        return zip(parts, null);
    }

    /** A spreadsheet (XLSX): an Office Open XML package, but not a Word document. */
    public static byte[] xlsx() {
        return zip(Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"/>",
                "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook/>"), null);
    }

    /** An OpenDocument text: its stored {@code mimetype} entry comes first. */
    public static byte[] odt() {
        return zip(Map.of("content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:"
                + "names:tc:opendocument:xmlns:office:1.0\"/>"), "application/vnd.oasis.opendocument.text");
    }

    /** A plain ZIP archive. */
    public static byte[] zip() {
        return zip(Map.of("notes.txt", "not a document"), null);
    }

    /** A 1×1 PNG image. */
    public static byte[] png() {
        return bytes(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0,
                0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde, 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xae, 0x42, 0x60, 0x82);
    }

    /** The start of a JPEG (JFIF) image. */
    public static byte[] jpeg() {
        return bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9);
    }

    /** The start of a Windows executable (an "MZ" header), whatever name it is given. */
    public static byte[] executable() {
        byte[] exe = new byte[128];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = 0x40;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4e, stub.length);
        return exe;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] zip(Map<String, String> entries, String storedMimetype) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (storedMimetype != null) {
                byte[] mimetype = storedMimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(mimetype);
            }
            for (Map.Entry<String, String> each : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(each.getKey()));
                zip.write(each.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

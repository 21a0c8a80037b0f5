package org.custos.system.server;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile files of {@link UploadsRun} (issue 20, "Bad input", uploads), generated: executables and a script
 * renamed as documents, macro-enabled Office documents, a PDF with JavaScript, zip bombs (plain and nested), empty
 * files, files of exactly the limit, one byte over and far over, and a good PDF under hostile names and under
 * ordinary names a check of names could wrongly refuse.
 */
final class HostileUploads {

    /** What the product must do with a file: refuse it with a message matching {@code words}, store it, either. */
    enum Expect {
        REFUSED, STORED, EITHER
    }

    /** A file to upload: what it is, the name it is sent under, its bytes, what must happen to it. */
    record Hostile(String what, String fileName, byte[] content, Expect expect, Pattern words) {

        @Override
        public String toString() {
            return what;
        }
    }

    /** The limit of a document, in bytes ({@code DocumentUpload.MAX_BYTES}, which the test cannot see). */
    static final int LIMIT = 10 * 1024 * 1024;

    private static final Pattern NOT_ACCEPTED = Pattern.compile("not a document Custos accepts",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MACROS = Pattern.compile("macros", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOMB = Pattern.compile("unpack|parts", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY = Pattern.compile("empty|0 bytes", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOO_BIG = Pattern.compile("at most 10 MB", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("name", Pattern.CASE_INSENSITIVE);

    /** The limit of the letters' logo, in bytes ({@code OrganisationSettings.LOGO_MAX_BYTES}). */
    static final int LOGO_LIMIT = 256 * 1024;

    private static final Pattern NOT_AN_IMAGE = Pattern.compile("PNG or JPEG", Pattern.CASE_INSENSITIVE);
    private static final Pattern PIXELS = Pattern.compile("pixels", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOGO_TOO_BIG = Pattern.compile("at most 256 KB", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOO_LARGE = Pattern.compile("too large", Pattern.CASE_INSENSITIVE);
    private static final String SCRIPTED_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
            + "<script>alert(document.cookie)</script><rect width=\"40\" height=\"20\"/></svg>";

    private HostileUploads() {
    }

    /**
     * The hostile files of an image upload (the letters' logo: a PNG or JPEG of at most 256 KB, shown as an image):
     * an executable, SVGs with a script, an HTML page and a GIF named as images; a PNG carrying an HTML page (a
     * polyglot: an image, stored, shown only as one); a truncated PNG; image bombs (a PNG and a JPEG whose headers
     * claim billions of pixels in a few kilobytes); 0 bytes; the limit, one byte over and far over; a good PNG under
     * hostile names. {@code farOver}: the size far over (past the server's request limit).
     */
    static List<Hostile> images(int farOver) {
        List<Hostile> files = new ArrayList<>();
        files.add(new Hostile("a PNG logo", "logo.png", image("png", 40, 20, false), Expect.STORED, null));
        files.add(new Hostile("a JPEG logo", "logo.jpg", image("jpg", 40, 20, false), Expect.STORED, null));
        files.add(new Hostile("a PNG named .jpg", "logo.jpg", image("png", 41, 20, false), Expect.STORED, null));
        files.add(new Hostile("Windows executable renamed .png", "logo.png", windowsExecutable(), Expect.REFUSED,
                NOT_AN_IMAGE));
        files.add(new Hostile("SVG with a script", "logo.svg", ascii(SCRIPTED_SVG), Expect.REFUSED, NOT_AN_IMAGE));
        files.add(new Hostile("SVG with a script renamed .png", "logo.png", ascii(SCRIPTED_SVG), Expect.REFUSED,
                NOT_AN_IMAGE));
        files.add(new Hostile("HTML page renamed .png", "logo.png", ascii("<html><body><script>alert(1)</script>"
                + "</body></html>"), Expect.REFUSED, NOT_AN_IMAGE));
        files.add(new Hostile("GIF image (not taken)", "logo.gif", image("gif", 40, 20, false), Expect.REFUSED,
                NOT_AN_IMAGE));
        files.add(new Hostile("polyglot: a PNG carrying an HTML page (stored, shown only as image/png)",
                "logo.html", withChunk(image("png", 42, 20, false), "tEXt", ascii("Comment\0<html><script>alert(1)"
                        + "</script></html>")), Expect.STORED, null));
        byte[] noise = image("png", 200, 200, true);
        files.add(new Hostile("truncated PNG (half its bytes)", "logo.png", Arrays.copyOf(noise, noise.length / 2),
                Expect.REFUSED, NOT_AN_IMAGE));
        files.add(new Hostile("image bomb: a PNG claiming 20,000 by 20,000 pixels", "bomb.png", pngClaiming(20_000,
                20_000), Expect.REFUSED, PIXELS));
        files.add(new Hostile("image bomb: a JPEG claiming 60,000 by 60,000 pixels", "bomb.jpg", jpegClaiming(60_000,
                60_000), Expect.REFUSED, PIXELS));
        files.add(new Hostile("0 bytes", "empty.png", new byte[0], Expect.REFUSED, EMPTY));
        files.add(new Hostile("exactly the limit (256 KB)", "limit.png", pngOf(LOGO_LIMIT), Expect.STORED, null));
        files.add(new Hostile("the limit + 1 byte", "limit-plus-one.png", pngOf(LOGO_LIMIT + 1), Expect.REFUSED,
                LOGO_TOO_BIG));
        files.add(new Hostile("far over the limit (" + farOver / (1024 * 1024) + " MB)", "huge.png", pngOf(farOver),
                Expect.REFUSED, TOO_LARGE));
        String[][] names = {
            {"path name ../../etc/passwd", "../../etc/passwd"},
            {"name with NUL", "logo\u0000.png"},
            {"name of 1,000 characters", "a".repeat(996) + ".png"},
            {"name with <script>", "<script>alert(1)</script>.png"},
            {"name with the RTL override", "logo\u202Egnp.exe"},
            {"device name CON", "CON"},
        };
        int n = 0;
        for (String[] name : names) {
            files.add(new Hostile(name[0], name[1], image("png", 50 + n++, 20, false), Expect.EITHER, NAME));
        }
        return files;
    }

    /** The whole set; {@code farOver}: the size of the file far over the limit (past the server's request limit). */
    static List<Hostile> all(int farOver) {
        List<Hostile> files = new ArrayList<>();
        files.add(new Hostile("Windows executable renamed .pdf", "cv.pdf", windowsExecutable(), Expect.REFUSED,
                NOT_ACCEPTED));
        files.add(new Hostile("ELF executable renamed .docx", "notes.docx", elfExecutable(), Expect.REFUSED,
                NOT_ACCEPTED));
        files.add(new Hostile("shell script renamed .jpg", "photo.jpg", ascii("#!/bin/sh\necho owned > /tmp/owned\n"),
                Expect.REFUSED, NOT_ACCEPTED));
        files.add(new Hostile("macro-enabled Word document (.docm)", "letter.docm", docx(true, true, 0),
                Expect.REFUSED, MACROS));
        files.add(new Hostile(".docx carrying vbaProject.bin", "letter.docx", docx(false, true, 0), Expect.REFUSED,
                MACROS));
        files.add(new Hostile("old Word .doc with macros (DOC is not accepted)", "old.doc", oleDocumentWithMacros(),
                Expect.REFUSED, NOT_ACCEPTED));
        files.add(new Hostile("PDF with JavaScript and OpenAction (stored, served only as an attachment)",
                "form.pdf", pdfWithJavaScript(), Expect.STORED, null));
        files.add(new Hostile("zip bomb: .docx unpacking to 400 MB", "bomb.docx", docx(false, false, 400),
                Expect.REFUSED, BOMB));
        files.add(new Hostile("zip bomb: .xlsx unpacking to 400 MB", "bomb.xlsx", xlsxBomb(400), Expect.REFUSED, BOMB));
        files.add(new Hostile("nested zip bomb: .docx holding a zip that unpacks to 300 MB", "nested.docx",
                nestedBomb(300), Expect.EITHER, BOMB));
        files.add(new Hostile("0 bytes", "empty.pdf", new byte[0], Expect.REFUSED, EMPTY));
        files.add(new Hostile("exactly the limit (10 MB)", "limit.pdf", pdfOf(LIMIT), Expect.STORED, null));
        files.add(new Hostile("the limit + 1 byte", "limit-plus-one.pdf", pdfOf(LIMIT + 1), Expect.REFUSED, TOO_BIG));
        files.add(new Hostile("far over the limit (" + farOver / (1024 * 1024) + " MB)", "huge.pdf", pdfOf(farOver),
                Expect.REFUSED, TOO_BIG));
        String[][] names = {
            {"path name ../../etc/passwd", "../../etc/passwd"},
            {"Windows path name ..\\..\\boot.ini", "..\\..\\boot.ini"},
            {"name with NUL", "cv\u0000.pdf"},
            {"name of 1,000 characters", "a".repeat(996) + ".pdf"},
            {"name with <script>", "<script>alert(1)</script>.pdf"},
            {"name with the RTL override", "cv\u202Efdp.exe"},
            {"name of dots only", "..."},
            {"device name CON", "CON"},
            {"device name NUL.pdf", "NUL.pdf"},
            {"name with emoji", "\uD83D\uDCC4 cv \uD83D\uDE00.pdf"},
            {"name without an extension", "curriculum"},
            {"double extension cv.pdf.exe", "cv.pdf.exe"},
        };
        int n = 0;
        for (String[] name : names) {
            files.add(new Hostile(name[0], name[1], pdfOf(600 + n++), Expect.EITHER, NAME));
        }
        // names people's own files have, which PrimeFaces' check of names refused with "File Error": kept
        String[][] ordinary = {
            {"name saved from the web My%20CV.pdf", "My%20CV.pdf"},
            {"name with a colon and a question mark", "Minutes: 3 March?.pdf"},
        };
        for (String[] name : ordinary) {
            files.add(new Hostile(name[0], name[1], pdfOf(600 + n++), Expect.STORED, null));
        }
        return files;
    }

    /** A small PDF of exactly {@code size} bytes (padded inside a comment-free stream, read as a PDF by its header). */
    static byte[] pdfOf(int size) {
        byte[] head = ascii("%PDF-1.4\n1 0 obj<<>>endobj\n% padding\n");
        byte[] tail = ascii("\ntrailer<<>>\n%%EOF\n");
        byte[] pdf = new byte[size];
        System.arraycopy(head, 0, pdf, 0, head.length);
        Arrays.fill(pdf, head.length, size - tail.length, (byte) 'x');
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        // different sizes, different bytes; the same size twice still differs by its first padding byte per call
        return pdf;
    }

    /** An image of the format, its pixels all one colour or, with {@code noise}, random (hardly compressible). */
    private static byte[] image(String format, int width, int height, boolean noise) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width * 31L + height);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                picture.setRGB(x, y, noise ? random.nextInt() : 0x336699);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A small PNG of exactly {@code size} bytes: padded with a private chunk that readers skip. */
    private static byte[] pngOf(int size) {
        byte[] png = image("png", 40, 20, false);
        int padding = size - png.length - 12;
        return withChunk(png, "cuSt", new byte[padding]);
    }

    /** The PNG with a chunk added just before its last (IEND). */
    private static byte[] withChunk(byte[] png, String type, byte[] data) {
        int end = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, end);
        chunk(out, type, data);
        out.write(png, end, 12);
        return out.toByteArray();
    }

    /** A PNG whose header claims {@code width} by {@code height} pixels (8-bit RGBA), with the data of one row. */
    private static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 6, 0, 0, 0})
                .array());
        ByteArrayOutputStream row = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(row)) {
            out.write(new byte[width * 4 + 1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IDAT", row.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A small JPEG whose frame header (SOF0) is changed to claim {@code width} by {@code height} pixels. */
    private static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = image("jpg", 40, 20, false);
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("no frame header in the JPEG written");
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = ascii(type);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] windowsExecutable() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        byte[] pe = {'P', 'E', 0, 0, 0x4c, 0x01};
        System.arraycopy(pe, 0, exe, 0x80, pe.length);
        return exe;
    }

    private static byte[] elfExecutable() {
        byte[] elf = new byte[512];
        byte[] head = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        System.arraycopy(head, 0, elf, 0, head.length);
        return elf;
    }

    /** An OLE2 compound file (the old .doc) whose directory names a VBA project. */
    private static byte[] oleDocumentWithMacros() {
        byte[] doc = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, doc, 0, magic.length);
        byte[] names = "Macros\0VBA\0WordDocument\0".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(names, 0, doc, 1024, names.length);
        return doc;
    }

    private static byte[] pdfWithJavaScript() {
        return ascii("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction 3 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "3 0 obj<</S/JavaScript/JS(app.alert('custos upload test'))>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n");
    }

    /**
     * A Word package: {@code macroEnabled} declares its main part as a .docm's; {@code vba} adds a VBA project;
     * {@code bombMegabytes} adds a part of that many megabytes of zeros (a zip bomb: about 1,000 times its size).
     */
    private static byte[] docx(boolean macroEnabled, boolean vba, int bombMegabytes) {
        String main = macroEnabled ? "application/vnd.ms-word.document.macroEnabled.main+xml"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + main + "\"/>"
                + (vba ? "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>" : "")
                + "</Types>";
        return zip(out -> {
            entry(out, "[Content_Types].xml", ascii(types));
            entry(out, "word/document.xml", ascii("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas."
                    + "openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"));
            if (vba) {
                entry(out, "word/vbaProject.bin", new byte[512]);
            }
            if (bombMegabytes > 0) {
                zeros(out, "word/media/image1.png", bombMegabytes);
            }
        });
    }

    private static byte[] xlsxBomb(int megabytes) {
        return zip(out -> {
            entry(out, "[Content_Types].xml", ascii("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "</Types>"));
            entry(out, "xl/workbook.xml", ascii("<workbook/>"));
            zeros(out, "xl/worksheets/sheet1.xml", megabytes);
        });
    }

    /** A Word package holding, as one of its parts, a zip that unpacks to {@code megabytes} of zeros. */
    private static byte[] nestedBomb(int megabytes) {
        byte[] inner = zip(out -> zeros(out, "zeros.bin", megabytes));
        return zip(out -> {
            entry(out, "[Content_Types].xml", ascii("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document."
                    + "main+xml\"/>"
                    + "</Types>"));
            entry(out, "word/document.xml", ascii("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body/></w:document>"));
            entry(out, "word/embeddings/package1.zip", inner);
        });
    }

    private interface Entries {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] zip(Entries entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            entries.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static void zeros(ZipOutputStream out, String name, int megabytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        byte[] megabyte = new byte[1024 * 1024];
        for (int i = 0; i < megabytes; i++) {
            out.write(megabyte);
        }
        out.closeEntry();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

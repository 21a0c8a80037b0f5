package org.custos.protection.letters.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

/** A logo is a PNG or JPEG image, told by its content. */
class LogoImageTest {

    private static byte[] anImage(String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), format, bytes);
        return bytes.toByteArray();
    }

    @Test
    void pngAndJpegImagesAreTaken() throws IOException {
        assertEquals("image/png", LogoImage.typeOf(anImage("png")));
        assertEquals("image/jpeg", LogoImage.typeOf(anImage("jpg")));
    }

    @Test
    void anotherImageTypeATextOrABrokenImageIsRefused() throws IOException {
        byte[] png = anImage("png");
        for (byte[] notALogo : new byte[][] {anImage("gif"), anImage("bmp"),
                "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(png, 12)}) {
            RequestRefused refused = assertThrows(RequestRefused.class, () -> LogoImage.typeOf(notALogo));
            assertEquals("The logo must be a PNG or JPEG image.", refused.getMessage());
        }
    }

    @Test
    void anImageClaimingHugeDimensionsIsRefusedFromItsHeaderNotDecoded() throws IOException {
        // 20,000 by 20,000 pixels of colour and alpha in a few kilobytes: decoded, 1.6 GB of memory
        RequestRefused refused = assertThrows(RequestRefused.class, () -> LogoImage.typeOf(aBomb(20_000, 20_000)));
        assertEquals("The logo must be at most 2,000 pixels wide and 2,000 high: this image is 20,000 by 20,000"
                + " pixels.", refused.getMessage());
        assertEquals("image/png", LogoImage.typeOf(aBomb(2_000, 1)));
    }

    /** A PNG whose header claims {@code width} by {@code height} pixels (8-bit RGBA), with the data of one row. */
    private static byte[] aBomb(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 6, 0, 0, 0})
                .array());
        ByteArrayOutputStream row = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(row)) {
            out.write(new byte[width * 4 + 1]);
        }
        chunk(png, "IDAT", row.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(name);
        png.write(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

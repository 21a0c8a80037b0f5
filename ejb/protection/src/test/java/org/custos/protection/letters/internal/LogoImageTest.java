package org.custos.protection.letters.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
}

package org.custos.protection.letters.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.custos.security.api.RequestRefused;

/** A logo is a PNG or JPEG image, told by what the file holds, not by its name; the letters print it. */
final class LogoImage {

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private LogoImage() {
    }

    /**
     * The media type of the image.
     *
     * @throws RequestRefused when it is not a PNG or JPEG image that can be read
     */
    static String typeOf(byte[] bytes) {
        String type = startsWith(bytes, PNG_SIGNATURE) ? PNG : startsWith(bytes, JPEG_SIGNATURE) ? JPEG : null;
        if (type == null || !readable(bytes)) {
            throw new RequestRefused("The logo must be a PNG or JPEG image.");
        }
        return type;
    }

    private static boolean readable(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}

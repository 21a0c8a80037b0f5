package org.custos.protection.letters.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.custos.security.api.RequestRefused;

/** A logo is a PNG or JPEG image, told by what the file holds, not by its name; the letters print it. */
final class LogoImage {

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    /** The widest and highest logo taken, in pixels: a letterhead needs far less, and decoding costs memory. */
    static final int MAX_SIDE = 2000;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final String NOT_AN_IMAGE = "The logo must be a PNG or JPEG image.";

    private LogoImage() {
    }

    /**
     * The media type of the image.
     *
     * @throws RequestRefused when it is not a PNG or JPEG image that can be read, or larger than {@link #MAX_SIDE}
     *         pixels a side
     */
    static String typeOf(byte[] bytes) {
        String type = startsWith(bytes, PNG_SIGNATURE) ? PNG : startsWith(bytes, JPEG_SIGNATURE) ? JPEG : null;
        if (type == null) {
            throw new RequestRefused(NOT_AN_IMAGE);
        }
        // its size from the header first: a few bytes may claim billions of pixels, which decoding would allocate
        int[] size = size(bytes);
        if (size == null) {
            throw new RequestRefused(NOT_AN_IMAGE);
        }
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new RequestRefused(String.format(Locale.UK, "The logo must be at most %,d pixels wide and %,d"
                    + " high: this image is %,d by %,d pixels.", MAX_SIDE, MAX_SIDE, size[0], size[1]));
        }
        if (!readable(bytes)) {
            throw new RequestRefused(NOT_AN_IMAGE);
        }
        return type;
    }

    /** Width and height as the image's header gives them, without decoding it; null if it cannot be read. */
    private static int[] size(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            // a header that cannot be read: not an image
        }
        return null;
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

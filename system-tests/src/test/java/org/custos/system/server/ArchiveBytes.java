package org.custos.system.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reading the entries of the EAR, the test's resources or a dump, whole, to look for a class or a marker in them. */
final class ArchiveBytes {

    private ArchiveBytes() {
    }

    static String text(InputStream in) {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    static byte[] bytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

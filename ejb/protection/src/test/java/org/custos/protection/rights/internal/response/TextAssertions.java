package org.custos.protection.rights.internal.response;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

/** Assertions on what a letter says, reporting every missing part with the whole text. */
final class TextAssertions {

    private TextAssertions() {
    }

    static void assertSays(String text, String... parts) {
        assertAll(Arrays.stream(parts).map(part -> () ->
                assertTrue(text.contains(part), () -> "missing \"" + part + "\" in:\n" + text)));
    }
}

package org.custos.protection.internal;

/** Text as the facades store it. */
final class Texts {

    private Texts() {
    }

    /** The text trimmed, or null when there is none. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

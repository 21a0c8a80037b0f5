package org.custos.security.internal;

/** Optional free text as it is stored: trimmed, and null when nothing was typed. */
final class Texts {

    private Texts() {
    }

    static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

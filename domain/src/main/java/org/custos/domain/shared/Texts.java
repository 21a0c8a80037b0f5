package org.custos.domain.shared;

/** Text as every context stores what people type. */
public final class Texts {

    private Texts() {
    }

    /** The text trimmed, or null when there is none. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

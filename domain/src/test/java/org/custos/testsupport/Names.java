package org.custos.testsupport;

/** Names and texts no other test uses, so that tests never see each other's data. */
public final class Names {

    private Names() {
    }

    /** The stem with a suffix from the clock: {@code unique("Lovelace")} gives {@code Lovelace1k3x9zq8w}. */
    public static String unique(String stem) {
        return stem + Long.toString(System.nanoTime(), 36);
    }
}

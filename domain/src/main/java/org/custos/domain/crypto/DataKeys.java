package org.custos.domain.crypto;

/**
 * Where the attribute converter finds the key ring. JPA creates converters itself and the domain module cannot
 * see the security context's beans, so the security context installs the ring here at start (and again after
 * adding a key).
 */
public final class DataKeys {

    private static volatile KeyRing ring;

    private DataKeys() {
    }

    public static void install(KeyRing keys) {
        ring = keys;
    }

    public static KeyRing ring() {
        KeyRing keys = ring;
        if (keys == null) {
            throw new IllegalStateException("No data keys are installed: sensitive data cannot be read or written");
        }
        return keys;
    }
}

package org.custos.security.internal;

import java.util.Locale;

/**
 * The readiness rule for the data directory's disk: ready while at least the configured space is free
 * ({@code custos.health.min-free-mb}, env {@code CUSTOS_HEALTH_MIN_FREE_MB}, {@value #DEFAULT_MIN_FREE_MB} MB by
 * default), as the sysadmin reads it in the check's data.
 */
record FreeSpace(long freeBytes, long minimumMegabytes) {

    static final long DEFAULT_MIN_FREE_MB = 1024;
    private static final long MB = 1024L * 1024;

    boolean enough() {
        return freeBytes >= minimumMegabytes * MB;
    }

    /** "2,048 MB free, at least 1,024 MB wanted". */
    String words() {
        return String.format(Locale.UK, "%,d MB free, at least %,d MB wanted", freeBytes / MB, minimumMegabytes);
    }
}

package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FreeSpaceTest {

    private static final long MB = 1024L * 1024;

    @Test
    void exactlyTheMinimumFreeIsEnoughAndOneByteLessIsNot() {
        assertTrue(new FreeSpace(1024 * MB, 1024).enough());
        assertFalse(new FreeSpace(1024 * MB - 1, 1024).enough());
    }

    @Test
    void aHugeMinimumIsNeverMet() {
        assertFalse(new FreeSpace(Long.MAX_VALUE / 2, Long.MAX_VALUE / MB).enough());
    }

    @Test
    void theWordsGiveTheFreeAndTheWantedSpaceInMegabytes() {
        assertEquals("2,048 MB free, at least 1,024 MB wanted", new FreeSpace(2048 * MB + 5, 1024).words());
    }

    @Test
    void theDefaultIsOneGigabyte() {
        assertEquals(1024, FreeSpace.DEFAULT_MIN_FREE_MB);
    }
}

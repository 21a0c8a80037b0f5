package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final byte[] KEY = new byte[32];
    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 11, 22, 10, 15, 30, 123_000_000);

    private final AuditChain chain = new AuditChain(KEY);

    private static AuditChain.Link entry(String actor, String detail) {
        return new AuditChain.Link(7, WHEN, actor, "READ", 42L, "DataSubject", "42", null, "SUCCESS", detail);
    }

    @Test
    void sameEntryAndPredecessorGiveTheSameMac_X2() {
        String mac = chain.mac(entry("hr1", null), AuditChain.GENESIS_MAC);
        assertEquals(64, mac.length());
        assertTrue(chain.matches(entry("hr1", null), AuditChain.GENESIS_MAC, mac));
    }

    @Test
    void alteringAnyFieldBreaksTheMac_X2() {
        String mac = chain.mac(entry("hr1", null), AuditChain.GENESIS_MAC);
        assertFalse(chain.matches(entry("hr2", null), AuditChain.GENESIS_MAC, mac));
        assertFalse(chain.matches(entry("hr1", ""), AuditChain.GENESIS_MAC, mac));
    }

    @Test
    void theMacDependsOnThePreviousEntrysMac_X2() {
        String afterGenesis = chain.mac(entry("hr1", null), AuditChain.GENESIS_MAC);
        assertNotEquals(afterGenesis, chain.mac(entry("hr1", null), afterGenesis));
    }

    @Test
    void movingTextBetweenFieldsChangesTheMac_X2() {
        AuditChain.Link one = new AuditChain.Link(1, WHEN, "ab", "READ", null, "c", null, null, "SUCCESS", null);
        AuditChain.Link other = new AuditChain.Link(1, WHEN, "a", "READ", null, "bc", null, null, "SUCCESS", null);
        assertNotEquals(chain.mac(one, AuditChain.GENESIS_MAC), chain.mac(other, AuditChain.GENESIS_MAC));
    }

    @Test
    void anotherKeyGivesAnotherMac_X2() {
        byte[] otherKey = Arrays.copyOf(KEY, 32);
        otherKey[0] = 1;
        assertNotEquals(chain.mac(entry("hr1", null), AuditChain.GENESIS_MAC),
                new AuditChain(otherKey).mac(entry("hr1", null), AuditChain.GENESIS_MAC));
    }

    @Test
    void keysShorterThan256BitsAreRefused_X2() {
        assertThrows(IllegalArgumentException.class, () -> new AuditChain(new byte[16]));
    }
}

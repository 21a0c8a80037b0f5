package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final byte[] KEY = new byte[32];
    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 11, 22, 10, 15, 30, 123_000_000);

    private final AuditChain chain = new AuditChain(KEY);

    private static AuditChain.Link entry(String actor, String detail) {
        return new AuditChain.Link(7, WHEN, actor, "READ", 42L, "DataSubject", "42", null, "SUCCESS", detail,
                List.of());
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
        AuditChain.Link one = new AuditChain.Link(1, WHEN, "ab", "READ", null, "c", null, null, "SUCCESS", null,
                List.of());
        AuditChain.Link other = new AuditChain.Link(1, WHEN, "a", "READ", null, "bc", null, null, "SUCCESS", null,
                List.of());
        assertNotEquals(chain.mac(one, AuditChain.GENESIS_MAC), chain.mac(other, AuditChain.GENESIS_MAC));
    }

    @Test
    void anotherKeyGivesAnotherMac_X2() {
        assertNotEquals(chain.mac(entry("hr1", null), AuditChain.GENESIS_MAC),
                new AuditChain(otherKey()).mac(entry("hr1", null), AuditChain.GENESIS_MAC));
    }

    private static AuditChain.Link search(List<Long> shown) {
        return new AuditChain.Link(8, WHEN, "hr1", "SEARCH", null, "DataSubject", null, null, "SUCCESS",
                "3 of 3 shown", shown);
    }

    @Test
    void thePeopleASearchShowedAreCoveredByTheMacInAnyOrder_X2() {
        String mac = chain.mac(search(List.of(1050L, 1051L, 1052L)), AuditChain.GENESIS_MAC);
        assertTrue(chain.matches(search(List.of(1052L, 1050L, 1051L)), AuditChain.GENESIS_MAC, mac));
        assertFalse(chain.matches(search(List.of(1050L, 1052L)), AuditChain.GENESIS_MAC, mac), "one removed");
        assertFalse(chain.matches(search(List.of()), AuditChain.GENESIS_MAC, mac), "all removed");
        assertFalse(chain.matches(search(List.of(1050L, 1051L, 1053L)), AuditChain.GENESIS_MAC, mac), "one swapped");
    }

    @Test
    void entriesThatShowedNobodyKeepTheMacsWrittenBeforePeopleShownWereRecorded_X2() {
        assertEquals("1:7|23:2026-11-22T10:15:30.123|3:hr1|4:READ|2:42|11:DataSubject|2:42|-1:|7:SUCCESS|-1:|",
                entry("hr1", null).canonical());
        assertEquals(search(List.of()).canonical() + "9:1050,1051|", search(List.of(1051L, 1050L)).canonical());
    }

    @Test
    void theHeadsMacCoversThePositionAndMacOfTheLastEntry_X2() {
        String last = chain.mac(entry("hr1", null), AuditChain.GENESIS_MAC);
        String head = chain.headMac(7, last);
        assertTrue(chain.headMatches(7, last, head));
        assertFalse(chain.headMatches(6, last, head), "moved back to an earlier position");
        assertFalse(chain.headMatches(7, AuditChain.GENESIS_MAC, head), "pointing at another entry");
        assertFalse(chain.headMatches(7, last, null), "never sealed, or its MAC removed");
        assertFalse(new AuditChain(otherKey()).headMatches(7, last, head), "sealed without the key");
    }

    private static byte[] otherKey() {
        byte[] otherKey = Arrays.copyOf(KEY, 32);
        otherKey[0] = 1;
        return otherKey;
    }

    @Test
    void keysShorterThan256BitsAreRefused_X2() {
        assertThrows(IllegalArgumentException.class, () -> new AuditChain(new byte[16]));
    }
}

package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestRateTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aFullMinutesWorthGoesAtOnceThenTheNextWaits() {
        RequestRate rate = new RequestRate(60, START);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, rate.take(START), "request " + (i + 1));
        }
        assertEquals(1, rate.take(START), "one more a second at 60 a minute");
    }

    @Test
    void theWaitIsTheTimeToTheNextRequestRoundedUpToWholeSeconds() {
        RequestRate rate = new RequestRate(4, START);
        for (int i = 0; i < 4; i++) {
            rate.take(START);
        }
        assertEquals(15, rate.take(START), "one each 15 seconds at 4 a minute");
        assertEquals(5, rate.take(START.plusSeconds(10)));
    }

    @Test
    void aClientKeepingToItsRateIsNeverRefused() {
        RequestRate rate = new RequestRate(6, START);
        for (int i = 0; i < 6; i++) {
            rate.take(START);
        }
        for (int second = 10; second <= 600; second += 10) {
            assertEquals(0, rate.take(START.plusSeconds(second)), "at " + second + " s");
        }
    }

    @Test
    void anIdleClientGetsNoMoreThanOneMinutesWorth() {
        RequestRate rate = new RequestRate(2, START);
        Instant later = START.plusSeconds(3600);
        assertEquals(0, rate.take(later));
        assertEquals(0, rate.take(later));
        assertEquals(30, rate.take(later));
    }

    @Test
    void aRateBelowOneAMinuteIsRefusedAsASetting() {
        assertThrows(IllegalArgumentException.class, () -> new RequestRate(0, START));
    }
}

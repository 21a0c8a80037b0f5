package org.custos.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DaysLeftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static DaysLeft dueIn(int days) {
        return DaysLeft.of(TODAY.plusDays(days), TODAY);
    }

    @Test
    void dueYesterdayIsOverdueAndDueTodayHasNoDaysLeftButIsNotOverdue() {
        assertEquals(DaysLeft.OVERDUE, dueIn(-1));
        assertEquals(DaysLeft.UP_TO_7, dueIn(0));
    }

    @Test
    void theBandsMeetAtSevenAndEightAndAtFourteenAndFifteen() {
        assertEquals(DaysLeft.UP_TO_7, dueIn(7));
        assertEquals(DaysLeft.FROM_8_TO_14, dueIn(8));
        assertEquals(DaysLeft.FROM_8_TO_14, dueIn(14));
        assertEquals(DaysLeft.MORE, dueIn(15));
    }

    @Test
    void aRequestDueAYearAgoIsOverdueAndOneDueInAMonthHasMore() {
        assertEquals(DaysLeft.OVERDUE, dueIn(-365));
        assertEquals(DaysLeft.MORE, DaysLeft.of(TODAY.plusMonths(1), TODAY));
    }

    @Test
    void theTagsAreTheBandsAsTheMonitoringReadsThem() {
        assertEquals("overdue 0-7 8-14 15+", String.join(" ", Arrays.stream(DaysLeft.values())
                .map(DaysLeft::tag).toList()));
    }
}

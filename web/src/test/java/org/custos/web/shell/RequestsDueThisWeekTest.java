package org.custos.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.custos.domain.shared.RequestType;
import org.custos.protection.rights.api.RequestStatus;
import org.custos.protection.rights.api.RequestSummary;
import org.junit.jupiter.api.Test;

class RequestsDueThisWeekTest {

    /** A Wednesday: this week ends on Sunday 6 December 2026. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    private static RequestSummary due(long id, LocalDate due) {
        return new RequestSummary(id, id, "Person " + id, RequestType.ACCESS, WEDNESDAY.minusMonths(1), due,
                due == null ? null : ChronoUnit.DAYS.between(WEDNESDAY, due), due == null ? WEDNESDAY : null, false,
                RequestStatus.OPEN, null);
    }

    @Test
    void theRequestsDueBySundayAreCountedOverdueOnesIncludedAndStoppedClocksLeftOut_D2() {
        RequestsDueThisWeek week = new RequestsDueThisWeek(List.of(due(1, WEDNESDAY.minusDays(3)),
                due(2, WEDNESDAY), due(3, WEDNESDAY.plusDays(4)), due(4, null), due(5, WEDNESDAY.plusDays(5))),
                WEDNESDAY);

        assertEquals(LocalDate.of(2026, 12, 6), week.sunday());
        assertEquals(List.of(1L, 2L, 3L), week.due().stream().map(RequestSummary::id).toList());
        assertEquals(1, week.overdue());
        String chart = week.chart();
        assertTrue(chart.contains("\"labels\":[\"Overdue\",\"Wed 2 Dec\",\"Thu 3 Dec\",\"Fri 4 Dec\",\"Sat 5 Dec\","
                + "\"Sun 6 Dec\"]"), chart);
        assertTrue(chart.contains("\"data\":[1,1,0,0,0,1]"), chart);
    }

    @Test
    void onSundayTheWeekIsThatDayAlone() {
        LocalDate sunday = LocalDate.of(2026, 12, 6);
        RequestsDueThisWeek week = new RequestsDueThisWeek(List.of(due(1, sunday.plusDays(1))), sunday);
        assertEquals(sunday, week.sunday());
        assertEquals(List.of(), week.due());
        assertTrue(week.chart().contains("\"labels\":[\"Overdue\",\"Sun 6 Dec\"]"), week.chart());
    }
}

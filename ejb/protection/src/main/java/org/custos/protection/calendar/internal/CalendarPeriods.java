package org.custos.protection.calendar.internal;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * The periods the compliance calendar counts with. Each is the default of a
 * setting the Data Protection Manager can change; these defaults live here and
 * nowhere else.
 *
 * @param requestResponse time to answer a rights request (D2, default one month)
 * @param requestExtended time to answer an extended request: the month plus the
 *                        two-month extension (D2, default three months)
 * @param breachReport    time to report a breach to the ICO after becoming
 *                        aware (X5, default 72 hours)
 * @param indirectNotice  time to give the privacy notice when the data did not
 *                        come from the subject (N2, default one month)
 * @param approvalEndingNotice how far ahead the DPM is shown approvals that are
 *                        ending (L4, default 14 days)
 */
public record CalendarPeriods(Period requestResponse,
                              Period requestExtended,
                              Duration breachReport,
                              Period indirectNotice,
                              Period approvalEndingNotice) {

    public CalendarPeriods {
        Objects.requireNonNull(requestResponse, "requestResponse");
        Objects.requireNonNull(requestExtended, "requestExtended");
        Objects.requireNonNull(breachReport, "breachReport");
        Objects.requireNonNull(indirectNotice, "indirectNotice");
        Objects.requireNonNull(approvalEndingNotice, "approvalEndingNotice");
    }

    /** P1M (D2), P3M (D2), PT72H (X5), P1M (N2), P14D (L4). */
    public static CalendarPeriods defaults() {
        return new CalendarPeriods(Period.ofMonths(1), Period.ofMonths(3),
                Duration.ofHours(72), Period.ofMonths(1), Period.ofDays(14));
    }
}

package org.custos.protection.calendar.api;

import java.io.Serializable;
import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * How far ahead the daily email reminders look, each the default of a setting the DPM can change; zero (the
 * setting's value OFF) sends no reminder of that kind. These defaults live here and nowhere else.
 *
 * @param requestsDue       rights requests due within this period, and those overdue (D2; default 7 days)
 * @param breachReports     breaches whose report to the ICO is due within this time, or overdue (X5; 24 hours)
 * @param approvalsEnding   approvals ending within this period (L4; 7 days)
 * @param extensionNotices  extension notices that must go within this period (D2; 7 days)
 */
public record ReminderLeadTimes(Period requestsDue, Duration breachReports, Period approvalsEnding,
        Period extensionNotices) implements Serializable {

    public ReminderLeadTimes {
        Objects.requireNonNull(requestsDue, "requestsDue");
        Objects.requireNonNull(breachReports, "breachReports");
        Objects.requireNonNull(approvalsEnding, "approvalsEnding");
        Objects.requireNonNull(extensionNotices, "extensionNotices");
    }

    /** P7D, PT24H, P7D, P7D. */
    public static ReminderLeadTimes defaults() {
        return new ReminderLeadTimes(Period.ofDays(7), Duration.ofHours(24), Period.ofDays(7), Period.ofDays(7));
    }
}

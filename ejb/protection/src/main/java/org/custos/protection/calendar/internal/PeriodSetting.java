package org.custos.protection.calendar.internal;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.custos.protection.spi.RetentionRule;

/**
 * A period the DPM may change, as a setting: its key, what it governs, the DOMAIN rule, its default and how a
 * value is read. The calendar's own periods are the constants here; each retention rule a context declares through
 * the SPI is one more ({@link #of(RetentionRule)}).
 */
record PeriodSetting(String key, String label, String rule, Function<String, Object> reader, Object fallback) {

    static final PeriodSetting REQUEST_RESPONSE = new PeriodSetting("calendar.request-response",
            "Time to answer a rights request", "D2", Period::parse, CalendarPeriods.defaults().requestResponse());
    static final PeriodSetting REQUEST_EXTENDED = new PeriodSetting("calendar.request-extended",
            "Time to answer an extended rights request", "D2", Period::parse,
            CalendarPeriods.defaults().requestExtended());
    static final PeriodSetting BREACH_REPORT = new PeriodSetting("calendar.breach-report",
            "Time to report a breach to the ICO after becoming aware", "X5", Duration::parse,
            CalendarPeriods.defaults().breachReport());
    static final PeriodSetting INDIRECT_NOTICE = new PeriodSetting("calendar.indirect-notice",
            "Time to give the privacy notice when the data came from others", "N2", Period::parse,
            CalendarPeriods.defaults().indirectNotice());
    static final PeriodSetting APPROVAL_ENDING_NOTICE = new PeriodSetting("calendar.approval-ending-notice",
            "How far ahead the DPM sees approvals that are ending", "L4", Period::parse,
            CalendarPeriods.defaults().approvalEndingNotice());

    /** The calendar's own periods, in the order the settings page shows them. */
    static final List<PeriodSetting> CALENDAR = List.of(REQUEST_RESPONSE, REQUEST_EXTENDED, BREACH_REPORT,
            INDIRECT_NOTICE, APPROVAL_ENDING_NOTICE);

    static PeriodSetting of(RetentionRule retention) {
        return new PeriodSetting(retention.key(), retention.label(), retention.rule(), Period::parse,
                retention.defaultPeriod());
    }

    /** The value as the calendar uses it; empty text means the default. */
    Object parse(String value) {
        return value == null ? fallback : reader.apply(value.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether the text is a value of this setting (an ISO-8601 period like P1M, or a duration like PT72H). */
    boolean accepts(String value) {
        try {
            Object parsed = parse(value);
            return parsed instanceof Period period ? !period.isNegative() && !period.isZero()
                    : !((Duration) parsed).isNegative() && !((Duration) parsed).isZero();
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

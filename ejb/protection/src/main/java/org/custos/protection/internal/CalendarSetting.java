package org.custos.protection.internal;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.custos.protection.api.RetentionRule;
import org.custos.protection.internal.calendar.CalendarPeriods;

/** The compliance calendar's periods, retention periods included, as settings: key, what they govern, default, and how a value is read. */
enum CalendarSetting {
    REQUEST_RESPONSE("calendar.request-response", "Time to answer a rights request", "D2",
            Period::parse, CalendarPeriods.defaults().requestResponse()),
    REQUEST_EXTENDED("calendar.request-extended", "Time to answer an extended rights request", "D2",
            Period::parse, CalendarPeriods.defaults().requestExtended()),
    BREACH_REPORT("calendar.breach-report", "Time to report a breach to the ICO after becoming aware", "X5",
            Duration::parse, CalendarPeriods.defaults().breachReport()),
    INDIRECT_NOTICE("calendar.indirect-notice", "Time to give the privacy notice when the data came from others",
            "N2", Period::parse, CalendarPeriods.defaults().indirectNotice()),
    APPROVAL_ENDING_NOTICE("calendar.approval-ending-notice", "How far ahead the DPM sees approvals that are ending",
            "L4", Period::parse, CalendarPeriods.defaults().approvalEndingNotice()),
    UNSUCCESSFUL_APPLICANT(RetentionRule.UNSUCCESSFUL_APPLICANT),
    ASSESSMENT_MATERIAL(RetentionRule.ASSESSMENT_MATERIAL),
    TALENT_POOL(RetentionRule.TALENT_POOL);

    private final String key;
    private final String label;
    private final String rule;
    private final Function<String, Object> parse;
    private final Object fallback;

    CalendarSetting(RetentionRule retention) {
        this(retention.key(), retention.label(), retention.rule(), Period::parse, retention.defaultPeriod());
    }

    CalendarSetting(String key, String label, String rule, Function<String, Object> parse, Object fallback) {
        this.key = key;
        this.label = label;
        this.rule = rule;
        this.parse = parse;
        this.fallback = fallback;
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }

    String rule() {
        return rule;
    }

    Object fallback() {
        return fallback;
    }

    /** The value as the calendar uses it; empty text means the default. */
    Object parse(String value) {
        return value == null ? fallback : parse.apply(value.trim().toUpperCase(Locale.ROOT));
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

    static CalendarSetting byKey(String key) {
        for (CalendarSetting setting : values()) {
            if (setting.key.equals(key)) {
                return setting;
            }
        }
        return null;
    }
}

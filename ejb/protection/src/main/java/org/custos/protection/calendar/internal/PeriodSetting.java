package org.custos.protection.calendar.internal;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.custos.domain.shared.Anonymity;
import org.custos.protection.calendar.api.ReminderLeadTimes;
import org.custos.protection.spi.AccuracyReview;
import org.custos.protection.spi.RetentionRule;

/**
 * A period the DPM may change, as a setting: its key, what it governs, the DOMAIN rule, its default and how a
 * value is read. The calendar's own periods and the email reminders' lead times (which {@link #OFF} turns off) are
 * the constants here; each retention rule a context declares through the SPI is one more
 * ({@link #of(RetentionRule)}), and so is each accuracy review's interval ({@link #of(AccuracyReview)}, A1). One
 * setting here is a number, not a period: the fewest people an anonymised group may hold (R7,
 * {@link #ANONYMITY_GROUP_SIZE}), kept, changed and audited as the periods are.
 */
record PeriodSetting(String key, String label, String rule, Function<String, Object> reader, Object fallback,
        boolean mayBeOff) {

    /** The word that turns a reminder off: its lead time becomes zero. */
    static final String OFF = "OFF";

    PeriodSetting(String key, String label, String rule, Function<String, Object> reader, Object fallback) {
        this(key, label, rule, reader, fallback, false);
    }

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
    /** T1: how far ahead HR's home page looks for ending permissions (60 days by default). */
    static final PeriodSetting STAFF_EXPIRY_NOTICE = new PeriodSetting("calendar.staff-expiry-notice",
            "How far ahead HR sees right-to-work permissions and security clearances that are ending", "T1",
            Period::parse, Period.ofDays(60));
    /** P1: the time to acknowledge a complaint, counted from the day after receipt (DPA 2018 s.164A; 30 days). */
    static final PeriodSetting COMPLAINT_ACKNOWLEDGEMENT = new PeriodSetting("calendar.complaint-acknowledgement",
            "Time to acknowledge a complaint, counted from the day after receipt", "P1", Period::parse,
            Period.ofDays(30));
    /** R6: the longest a reviewer may keep records past their retention date for legal risk (6 years). */
    static final PeriodSetting LEGAL_RISK_EXTENSION = new PeriodSetting("calendar.legal-risk-extension",
            "Longest time records may be kept past their retention date for legal risk", "R6", Period::parse,
            Period.ofYears(6));
    /** R7: the fewest people an anonymised group of records may hold (k); a smaller group is destroyed instead. */
    static final PeriodSetting ANONYMITY_GROUP_SIZE = new PeriodSetting("calendar.anonymity-group-size",
            "Fewest people an anonymised group of records may hold (a record in a smaller group is destroyed"
                    + " instead)", "R7", Integer::valueOf, Anonymity.DEFAULT_K);

    /** ADR 0015: how long after the DPM signs a DPIA off it is reviewed (one year by default). */
    static final PeriodSetting DPIA_REVIEW = new PeriodSetting("calendar.dpia-review",
            "Time from a DPIA's sign-off to its review", "Art 35(11)", Period::parse, Period.ofYears(1));

    static final PeriodSetting REMIND_REQUESTS_DUE = reminder("reminders.requests-due",
            "Email the DPM about rights requests due within (and those overdue)", "D2", Period::parse,
            ReminderLeadTimes.defaults().requestsDue());
    static final PeriodSetting REMIND_BREACH_REPORTS = reminder("reminders.breach-reports",
            "Email the DPM about breaches whose 72-hour report deadline is within", "X5", Duration::parse,
            ReminderLeadTimes.defaults().breachReports());
    static final PeriodSetting REMIND_APPROVALS_ENDING = reminder("reminders.approvals-ending",
            "Email the account that asked for an approval when it ends within", "L4", Period::parse,
            ReminderLeadTimes.defaults().approvalsEnding());
    static final PeriodSetting REMIND_EXTENSION_NOTICES = reminder("reminders.extension-notices",
            "Email the DPM about extension notices to send within", "D2", Period::parse,
            ReminderLeadTimes.defaults().extensionNotices());

    /** The calendar's own periods, in the order the settings page shows them. */
    static final List<PeriodSetting> CALENDAR = List.of(REQUEST_RESPONSE, REQUEST_EXTENDED, BREACH_REPORT,
            INDIRECT_NOTICE, APPROVAL_ENDING_NOTICE, STAFF_EXPIRY_NOTICE, COMPLAINT_ACKNOWLEDGEMENT, LEGAL_RISK_EXTENSION,
            ANONYMITY_GROUP_SIZE, DPIA_REVIEW,
            REMIND_REQUESTS_DUE, REMIND_BREACH_REPORTS, REMIND_APPROVALS_ENDING, REMIND_EXTENSION_NOTICES);

    /** A reminder's lead time: {@link #OFF} (stored as zero) sends no reminders of its kind. */
    private static PeriodSetting reminder(String key, String label, String rule, Function<String, Object> reader,
            Object fallback) {
        Object zero = fallback instanceof Period ? Period.ZERO : Duration.ZERO;
        return new PeriodSetting(key, label, rule, value -> OFF.equals(value) ? zero : reader.apply(value), fallback,
                true);
    }

    static PeriodSetting of(RetentionRule retention) {
        return new PeriodSetting(retention.key(), retention.label(), retention.rule(), Period::parse,
                retention.defaultPeriod());
    }

    static PeriodSetting of(AccuracyReview review) {
        return new PeriodSetting(review.key(), review.label(), "A1", Period::parse, review.defaultInterval());
    }

    /** The value as it is stored and shown: the ISO-8601 text, or {@link #OFF} for a reminder turned off. */
    String normalised(String value) {
        Object parsed = parse(value);
        return mayBeOff && zero(parsed) ? OFF : parsed.toString();
    }

    /** The value as the calendar uses it; empty text means the default. */
    Object parse(String value) {
        return value == null ? fallback : reader.apply(value.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether the text is a value of this setting (an ISO-8601 period like P1M, or a duration like PT72H; for a
     * reminder also {@link #OFF}; for the anonymity group a whole number of at least 2).
     */
    boolean accepts(String value) {
        try {
            Object parsed = parse(value);
            if (parsed instanceof Integer people) {
                return people >= 2;
            }
            boolean negative = parsed instanceof Period period ? period.isNegative() : ((Duration) parsed).isNegative();
            return !negative && (!zero(parsed) || mayBeOff);
        } catch (DateTimeParseException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean zero(Object parsed) {
        return parsed instanceof Period period ? period.isZero() : ((Duration) parsed).isZero();
    }
}

package org.custos.protection.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.function.Function;
import org.custos.domain.protection.Setting;
import org.custos.protection.api.ComplianceCalendar;
import org.custos.protection.internal.calendar.BankHolidays;
import org.custos.protection.internal.calendar.CalendarPeriods;
import org.custos.protection.internal.calendar.UkComplianceCalendar;

/**
 * The compliance calendar with the application clock, the shipped bank holidays and the periods as set by the
 * DPM ({@code prot_setting} rows override the defaults of {@link CalendarPeriods}).
 */
@ApplicationScoped
public class DefaultComplianceCalendar implements ComplianceCalendar {

    static final String REQUEST_RESPONSE = "calendar.request-response";
    static final String REQUEST_EXTENDED = "calendar.request-extended";
    static final String BREACH_REPORT = "calendar.breach-report";
    static final String INDIRECT_NOTICE = "calendar.indirect-notice";

    private final BankHolidays holidays = BankHolidays.englandAndWales2020To2030();

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Clock clock;

    private UkComplianceCalendar calendar() {
        CalendarPeriods defaults = CalendarPeriods.defaults();
        return new UkComplianceCalendar(clock, holidays, new CalendarPeriods(
                setting(REQUEST_RESPONSE, Period::parse, defaults.requestResponse()),
                setting(REQUEST_EXTENDED, Period::parse, defaults.requestExtended()),
                setting(BREACH_REPORT, Duration::parse, defaults.breachReport()),
                setting(INDIRECT_NOTICE, Period::parse, defaults.indirectNotice())));
    }

    private <T> T setting(String key, Function<String, T> parse, T fallback) {
        Setting setting = em.find(Setting.class, key);
        return setting == null ? fallback : parse.apply(setting.value());
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public LocalDate requestDueDate(LocalDate received) {
        return calendar().requestDueDate(received);
    }

    @Override
    public LocalDate extendedDueDate(LocalDate received) {
        return calendar().extendedDueDate(received);
    }

    @Override
    public LocalDateTime breachReportDeadline(LocalDateTime awareAt) {
        return calendar().breachReportDeadline(awareAt);
    }

    @Override
    public LocalDate indirectNoticeDeadline(LocalDate obtained) {
        return calendar().indirectNoticeDeadline(obtained);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    @Override
    public long daysLeft(LocalDate due) {
        return calendar().daysLeft(due);
    }
}

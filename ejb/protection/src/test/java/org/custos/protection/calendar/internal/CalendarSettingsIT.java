package org.custos.protection.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.BankHolidayCalendar;
import org.custos.protection.calendar.api.BankHolidayForm;
import org.custos.protection.calendar.api.BankHolidayView;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.SettingView;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The compliance calendar on Payara Micro with PostgreSQL (D2, X5): due dates from the periods the DPM sets, the
 * bank holidays the DPM adds, and who may change a setting to what.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarSettingsIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Settings settings;

    @Inject
    BankHolidayCalendar bankHolidays;

    @Test
    void requestDueDatesComeFromTheCalendarWithThePeriodTheDpmSet_D2() throws Exception {
        assertEquals(LocalDate.of(2026, 12, 29), calendar.requestDueDate(LocalDate.of(2026, 11, 25)));
        SettingView changed = Callers.as(Role.DPM, () -> settings.change("calendar.request-response", "p2m"));
        try {
            assertEquals("P2M", changed.value());
            assertEquals(LocalDate.of(2027, 1, 25), calendar.requestDueDate(LocalDate.of(2026, 11, 25)));
        } finally {
            Callers.as(Role.DPM, () -> settings.change("calendar.request-response", ""));
        }
        assertEquals(LocalDate.of(2026, 12, 29), calendar.requestDueDate(LocalDate.of(2026, 11, 25)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 28)));
    }

    @Test
    void aBankHolidayTheDpmAddsMovesTheDueDateAndOnlyAddedDaysCanBeRemoved_D2() throws Exception {
        LocalDate received = LocalDate.of(2031, 5, 12);
        LocalDate due = LocalDate.of(2031, 6, 12);
        assertEquals(due, calendar.requestDueDate(received), "a Thursday, no shipped holiday in 2031");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> bankHolidays.add(
                new BankHolidayForm(due, "Jubilee"))));
        List<BankHolidayView> added = Callers.as(Role.DPM, () -> bankHolidays.add(new BankHolidayForm(due,
                " Royal jubilee ")));
        try {
            assertEquals(List.of("2031-06-12 Royal jubilee true"), added.stream()
                    .map(h -> h.day() + " " + h.name() + " " + h.added()).toList());
            assertEquals(due.plusDays(1), calendar.requestDueDate(received), "the deadline skips the added day");
            RequestRefused again = assertThrows(RequestRefused.class, () -> Callers.as(Role.ADMIN,
                    () -> bankHolidays.add(new BankHolidayForm(due, "Again"))));
            assertTrue(again.getMessage().contains("already a bank holiday (Royal jubilee)"), again.getMessage());
        } finally {
            Callers.as(Role.DPM, () -> bankHolidays.remove(due));
        }
        assertEquals(due, calendar.requestDueDate(received));
        RequestRefused shipped = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> bankHolidays.remove(LocalDate.of(2026, 12, 25))));
        assertTrue(shipped.getMessage().contains("cannot be removed"), shipped.getMessage());
        RequestRefused weekend = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> bankHolidays.add(new BankHolidayForm(LocalDate.of(2031, 6, 14), "Saturday"))));
        assertTrue(weekend.getMessage().startsWith("14 June 2031 is a Saturday: deadlines skip weekends already"),
                "dates and days in words: " + weekend.getMessage());
    }

    @Test
    void aSettingTakesOnlyAPositivePeriodAndOnlyFromTheDpmOrTheAdministrator() throws Exception {
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.ADMIN, () -> settings.change("calendar.breach-report", "three days")));
        assertTrue(refused.getMessage().startsWith("Time to report a breach"));
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> settings.change("calendar.breach-report",
                "PT0H")));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> settings.change(
                "calendar.breach-report", "PT48H")));
        assertEquals(List.of("PT72H"), Callers.as(Role.DPM, settings::settings).stream()
                .filter(setting -> setting.key().equals("calendar.breach-report")).map(SettingView::value).toList());
    }
}

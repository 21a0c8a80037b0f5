package org.custos.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.custos.protection.reminders.api.OpenDeadline;
import org.junit.jupiter.api.Test;

class DeadlineCalendarTest {

    @Test
    void eachDeadlineIsAnEventACalendarReadsBackWithItsDayOrTimeAndLink() throws Exception {
        String ics = DeadlineCalendar.ics(List.of(
                new OpenDeadline("request-12-due@custos", "Rights request 12 (access) is due",
                        LocalDate.of(2027, 1, 8), null, "http://127.0.0.1:8080/custos/requests/detail.xhtml?id=12"),
                new OpenDeadline("breach-5-report@custos", "Report breach 5 to the ICO, or record the decision not to",
                        LocalDate.of(2026, 12, 5), Instant.parse("2026-12-05T14:00:00Z"),
                        "http://127.0.0.1:8080/custos/breaches/edit.xhtml?id=5")));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertEquals(2, events.size());
        VEvent due = events.get(0);
        assertEquals("request-12-due@custos", due.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("20270108", due.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("http://127.0.0.1:8080/custos/requests/detail.xhtml?id=12",
                due.getProperty(Property.URL).orElseThrow().getValue());
        assertEquals("20261205T140000Z", events.get(1).getProperty(Property.DTSTART).orElseThrow().getValue());
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), "CRLF lines, as RFC 5545 wants");
        assertTrue(ics.contains("PRODID:-//Custos//Open deadlines//EN"));
    }

    @Test
    void noDeadlinesIsAnEmptyCalendarNotAnError() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(DeadlineCalendar.ics(List.of())));
        assertEquals(0, calendar.getComponents(VEvent.VEVENT).size());
    }
}

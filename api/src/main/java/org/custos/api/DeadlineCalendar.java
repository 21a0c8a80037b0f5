package org.custos.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.custos.domain.shared.ClientScope;
import org.custos.protection.reminders.api.DeadlineFeed;
import org.custos.protection.reminders.api.OpenDeadline;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The open deadlines as an iCalendar feed for the organisation's calendar: an all-day event on the day a rights
 * request is due or its extension notice must go, a timed one at a breach's 72-hour deadline; each names a record
 * by number and kind and links to its page, never a person.
 */
@Scoped(ClientScope.CALENDAR)
@Path("deadlines.ics")
@Tag(name = "Calendar", description = "The open deadlines, read only (scope: calendar of open deadlines).")
public class DeadlineCalendar {

    static final String TEXT_CALENDAR = "text/calendar";

    @EJB
    DeadlineFeed feed;

    @GET
    @Produces({TEXT_CALENDAR, Problems.MEDIA_TYPE})
    @Operation(summary = "The open deadlines as iCalendar", description = "Rights requests due, extension notices"
            + " to send and breaches to report within 72 hours, by number only, each linking to its page in"
            + " Custos. Subscribe to it from the organisation's calendar.")
    @APIResponse(responseCode = "200", description = "The deadlines (RFC 5545).",
            content = @Content(mediaType = TEXT_CALENDAR))
    @APIResponse(responseCode = "401", ref = "NoToken")
    @APIResponse(responseCode = "403", ref = "ScopeMissing")
    @APIResponse(responseCode = "429", ref = "OverRate")
    public Response deadlines() {
        return Response.ok(ics(feed.open()), TEXT_CALENDAR + "; charset=UTF-8").build();
    }

    static String ics(List<OpenDeadline> deadlines) {
        Calendar calendar = new Calendar().add(new ProdId("-//Custos//Open deadlines//EN"));
        calendar = calendar.add(ImmutableVersion.VERSION_2_0);
        calendar = calendar.add(ImmutableCalScale.GREGORIAN);
        for (OpenDeadline deadline : deadlines) {
            VEvent event = deadline.at() == null ? new VEvent(deadline.day(), deadline.summary())
                    : new VEvent(deadline.at(), Duration.ofMinutes(30), deadline.summary());
            event = event.add(new Uid(deadline.uid()));
            event = event.add(new Url(URI.create(deadline.link())));
            calendar = calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}

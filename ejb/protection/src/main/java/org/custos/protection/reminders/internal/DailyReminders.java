package org.custos.protection.reminders.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Role;
import org.custos.protection.breaches.api.BreachDeadlines;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.reminders.internal.ReminderDigests.Digest;
import org.custos.protection.rights.api.OpenRequestDeadlines;
import org.custos.security.api.ReminderDirectory;
import org.custos.security.api.ReminderDirectory.EndingApproval;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the day's digests once a day at {@code custos.reminders.hour} o'clock, London time (default 7), when the
 * server has a mail session; without one it sends nothing and logs that reminders are off. A digest that cannot be
 * sent is logged and the others still go. The timer is not persistent: a day the server is down sends nothing.
 * Every server has the timer; of servers sharing the database, the one that takes the day ({@link ReminderDays})
 * sends.
 */
@Singleton
@Startup
public class DailyReminders {

    private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());
    private static final int DEFAULT_HOUR = 7;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "custos.reminders.hour", defaultValue = "" + DEFAULT_HOUR)
    int hour;

    @Inject
    @ConfigProperty(name = "custos.base.url", defaultValue = "http://127.0.0.1:8080/custos")
    String baseUrl;

    @Inject
    MailSessions mail;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    OpenRequestDeadlines requests;

    @Inject
    BreachDeadlines breaches;

    @Inject
    ReminderDirectory directory;

    @Inject
    ReminderDays days;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour(sendingHour()).minute(0).second(0)
                .timezone(OrganisationTime.ZONE.getId()), new TimerConfig("Custos daily reminders", false));
    }

    /** The configured hour, or 7 when it is not one of 0 to 23. */
    private int sendingHour() {
        if (hour < 0 || hour > 23) {
            LOG.warning(() -> "custos.reminders.hour is " + hour + ", not an hour from 0 to 23: reminders go at "
                    + DEFAULT_HOUR + ".");
            return DEFAULT_HOUR;
        }
        return hour;
    }

    public LocalTime sentAt() {
        return LocalTime.of(sendingHour(), 0);
    }

    @Timeout
    void daily() {
        if (days.take(calendar.today())) {
            send();
        } else {
            LOG.info("Another server sent today's reminders.");
        }
    }

    /** Sends today's digests; returns how many went. */
    public int send() {
        Optional<Session> session = mail.session();
        if (session.isEmpty()) {
            LOG.info("No mail session is configured: no email reminders are sent.");
            return 0;
        }
        int sent = 0;
        for (Digest digest : digests()) {
            try {
                mail.send(session.get(), digest.to().email(), DigestMail.of(digest, baseUrl));
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "The reminders for " + digest.to().username() + " could not be sent", e);
            }
        }
        return sent;
    }

    private List<Digest> digests() {
        ReminderDigests rule = new ReminderDigests(calendar.reminderLeadTimes(), clock);
        List<EndingApproval> approvals = rule.approvalsEndingBy()
                .map(last -> directory.approvalsEnding(calendar.today(), last)).orElse(List.of());
        return rule.digests(new ReminderDigests.Sources(requests.running(), breaches.running(), approvals,
                directory.holding(Role.DPM),
                directory.named(approvals.stream().map(EndingApproval::requestedBy).distinct().toList())));
    }
}

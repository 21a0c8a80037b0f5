package org.custos.protection.reminders.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.protection.testsupport.Requests.anAccessRequestFrom;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachSeverity;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.breaches.api.Breaches;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.reminders.api.ReminderStatus;
import org.custos.protection.reminders.api.Reminders;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.testsupport.BreachForms;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SeededPurposes;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Sql;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily reminders sent through a mail session to a real SMTP server (GreenMail, started by the test inside the
 * server on a free port): one email per account with an address, with what it deals with and the links.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE) // its archive (a mail server inside) is the module's only other one: last, one Micro boot
class DailyRemindersIT {

    private static final String PORT = "custos.test.smtp.port";
    private static final String BASE_URL = "https://custos.example.org/custos";

    @Deployment
    static WebArchive deployment() throws IOException {
        String port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = Integer.toString(free.getLocalPort());
        }
        return ProtectionDeployment.war(Map.of(PORT, port,
                        "custos.mail.session", "java:app/mail/custos-test", "custos.base.url", BASE_URL))
                .addAsWebInfResource(new StringAsset(webXml(port)), "web.xml")
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class));
    }

    @Inject
    DailyReminders daily;

    @Inject
    Reminders reminders;

    @Inject
    RightsRequests requests;

    @Inject
    Breaches breaches;

    @Inject
    Approvals approvals;

    @Inject
    PeopleRegister register;

    @Inject
    ComplianceCalendar calendar;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Inject
    ReminderDays days;

    /** An enabled account holding the role, with an email address, as the administrator opens one. */
    private void anAccount(String username, Role role, String email) throws Exception {
        long id = Long.parseLong(Sql.column(database, "select nextval('sec_account_seq')").get(0));
        Sql.execute(database, "insert into sec_account (id, version, username, display_name, password_hash, enabled,"
                + " password_change_due, sessions_valid_from, created_at, email) values (?, 0, ?, ?, 'not used',"
                + " true, false, current_timestamp, current_timestamp, ?) on conflict (username) do update"
                + " set email = excluded.email", id, username, "Reminded " + username, email);
        Sql.execute(database, "insert into sec_account_role (account_id, role) select id, ? from sec_account"
                + " where username = ? on conflict do nothing", role.name(), username);
    }

    private static List<MimeMessage> to(GreenMail smtp, String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theDpmAndTheAccountThatAskedForAnApprovalEachGetOneEmailWithTheirItemsAndLinks() throws Exception {
        String dpmAddress = unique("dpm") + "@example.org";
        String hrAddress = unique("hr") + "@example.org";
        anAccount(unique("reminded-dpm"), Role.DPM, dpmAddress);
        anAccount(Callers.principal(Role.HR), Role.HR, hrAddress);
        SubjectDetails person = aPerson().named("Ada", unique("Reminded")).registeredIn(register);
        RequestView dueSoon = anAccessRequestFrom(person.id()).receivedOn(calendar.today().minusDays(28))
                .loggedIn(requests);
        RequestView overdue = anAccessRequestFrom(person.id()).receivedOn(calendar.today().minusDays(45))
                .loggedIn(requests);
        RequestView notYet = anAccessRequestFrom(person.id()).receivedOn(calendar.today()).loggedIn(requests);
        BreachView breach = Callers.as(Role.DPM, () -> breaches.log(BreachForms.aLostLaptop(unique("Laptop"),
                calendar.now().minusHours(60).withSecond(0).withNano(0), BreachLikelihood.POSSIBLE,
                BreachSeverity.SEVERE, Set.of())));
        LocalDate until = calendar.today().plusDays(3);
        ApprovalView asked = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forPerson(person.id(),
                SpecialCategory.HEALTH, SpecialCategoryCondition.EMPLOYMENT_LAW, null,
                SeededPurposes.EMPLOYMENT_ADMINISTRATION, "Adjustments", until)));
        ApprovalView approval = Callers.as(Role.DPM, () -> approvals.approve(asked.id(), asked.version(), until,
                null));

        GreenMail smtp = new GreenMail(new ServerSetup(ConfigProvider.getConfig().getValue(PORT, Integer.class),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            assertTrue(daily.send() >= 2);
            assertTrue(smtp.waitForIncomingEmail(10_000, 2));

            List<MimeMessage> toDpm = to(smtp, dpmAddress);
            assertEquals(1, toDpm.size(), "one digest a day");
            String dpmMail = ((String) toDpm.get(0).getContent()).replace("\r\n", "\n");
            assertEquals("custos@example.org", toDpm.get(0).getFrom()[0].toString());
            assertTrue(toDpm.get(0).getSubject().startsWith("Custos: "), toDpm.get(0).getSubject());
            assertTrue(toDpm.get(0).getSubject().endsWith(" for " + OrganisationTime.DAY
                    .format(calendar.today())), toDpm.get(0).getSubject());
            assertTrue(dpmMail.contains("- Request " + dueSoon.id() + " for access (a copy of the data) is due on "),
                    dpmMail);
            assertTrue(dpmMail.contains("  " + BASE_URL + "/requests/detail.xhtml?id=" + dueSoon.id() + "\n"),
                    dpmMail);
            assertTrue(dpmMail.contains("- Request " + overdue.id() + " for access (a copy of the data) is overdue"),
                    dpmMail);
            assertFalse(dpmMail.contains("Request " + notYet.id() + " "), "due in a month, beyond the 7 days");
            assertTrue(dpmMail.contains("- Breach " + breach.id() + " must be reported to the ICO"), dpmMail);
            assertTrue(dpmMail.contains("  " + BASE_URL + "/breaches/edit.xhtml?id=" + breach.id() + "\n"), dpmMail);
            assertFalse(dpmMail.contains(person.data().familyName()), "no person's name in an email");
            assertFalse(dpmMail.contains("Approval " + approval.id()), "the DPM did not ask for it");

            List<MimeMessage> toHr = to(smtp, hrAddress);
            assertEquals(1, toHr.size());
            String hrMail = (String) toHr.get(0).getContent();
            assertTrue(hrMail.contains("- Approval " + approval.id() + ", which you asked for, ends on "
                    + OrganisationTime.DAY.format(until) + " (in 3 days)."), hrMail);
            assertFalse(hrMail.contains("Request " + dueSoon.id()), "requests are the DPM's");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void theSettingsPageSaysRemindersAreOnAndWithoutAMailSessionTheyAreOffAndNothingFails() throws Exception {
        ReminderStatus status = Callers.as(Role.ADMIN, reminders::status);
        assertTrue(status.on());
        assertEquals("Email reminders go every day at 07:00 (London time) from custos@example.org, one email to "
                + "each account with an email address that has something due.", status.text());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, reminders::status));

        MailSessions none = new MailSessions();
        none.jndiName = "mail/custos";
        assertTrue(none.session().isEmpty(), "this server has no mail/custos");
    }

    @Test
    void ofServersSharingTheDatabaseOneTakesTheDayAndSendsItsRemindersOnce() throws Exception {
        LocalDate day = calendar.today().plusYears(80);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> taken = servers.invokeAll(List.of(() -> days.take(day), () -> days.take(day)));
            int takers = 0;
            for (Future<Boolean> server : taken) {
                takers += server.get() ? 1 : 0;
            }
            assertEquals(1, takers, "at the same moment");
        } finally {
            servers.shutdown();
        }
        assertFalse(days.take(day), "later the same day");
        assertFalse(days.take(day.minusDays(1)), "a timer late from the day before");
        assertTrue(days.take(day.plusDays(1)), "the next day");
    }

    /** The mail session the test deployment defines, on the SMTP server's port; its sender is custos@example.org. */
    private static String webXml(String port) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
                         version="6.0">
                  <mail-session>
                    <name>java:app/mail/custos-test</name>
                    <host>127.0.0.1</host>
                    <from>custos@example.org</from>
                    <property><name>mail.smtp.port</name><value>%s</value></property>
                  </mail-session>
                </web-app>
                """.formatted(port);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}

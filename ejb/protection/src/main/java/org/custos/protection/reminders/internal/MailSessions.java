package org.custos.protection.reminders.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's mail session (JNDI {@code custos.mail.session}, by default {@code mail/custos}, which run.sh makes
 * from CUSTOS_SMTP_HOST ...). Looked up when needed rather than injected: without one the application still
 * deploys, and the reminders are simply off.
 */
@ApplicationScoped
public class MailSessions {

    @Inject
    @ConfigProperty(name = "custos.mail.session", defaultValue = "mail/custos")
    String jndiName;

    Optional<Session> session() {
        try {
            Object found = InitialContext.doLookup(jndiName);
            return found instanceof Session session ? Optional.of(session) : Optional.empty();
        } catch (NamingException notConfigured) {
            return Optional.empty();
        }
    }

    /** Sends a plain-text email from the session's own address ({@code mail.from}). */
    void send(Session session, String to, DigestMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}

package org.custos.protection.notices.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lease that lets one server at a time carry on a sending of a notice's new version (N2), however many servers
 * share the database and however often they start, as {@code RetentionLease} does for retention runs: the columns
 * {@code lease_holder} and {@code lease_expires_at} of the sending's row. The sender takes it with one SQL update that
 * succeeds only while the sending runs and its lease is free or ran out, renews it before each batch and frees it at
 * the end. A server killed in the middle leaves a lease that runs out after {@code custos.notices.send.lease.minutes}
 * (default 5); then the next start carries the sending on. Each step commits on its own, so that the other servers
 * see it at once. {@code @PermitAll} as {@link NoticeSender}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NoticeSendLease {

    private static final Logger LOG = Logger.getLogger(NoticeSendLease.class.getName());
    static final int DEFAULT_MINUTES = 5;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    @ConfigProperty(name = "custos.notices.send.lease.minutes", defaultValue = "" + DEFAULT_MINUTES)
    int minutes;

    /** A sending still running, and until when another server holds its lease (null: no one, or it ran out). */
    public record LeftRunning(long sendId, LocalDateTime heldUntil) {
    }

    /** A name for one sender's hold on a lease: this server's process and a random part, unique to the call. */
    public static String newHolder() {
        String holder = ManagementFactory.getRuntimeMXBean().getName() + " " + UUID.randomUUID();
        return holder.length() > 200 ? holder.substring(holder.length() - 200) : holder;
    }

    /** Takes the sending's lease for {@code holder} if it still runs and its lease is free or ran out. */
    public boolean take(long sendId, String holder) {
        LocalDateTime now = calendar.now();
        return em.createNativeQuery("update prot_notice_send set lease_holder = ?, lease_expires_at = ? where id = ?"
                + " and state = 'RUNNING' and (lease_holder is null or lease_expires_at is null"
                + " or lease_expires_at < ?)").setParameter(1, holder).setParameter(2, now.plus(length()))
                .setParameter(3, sendId).setParameter(4, now).executeUpdate() == 1;
    }

    /** Extends the lease of {@code holder} by its length from now; false when another sender took it over. */
    public boolean renew(long sendId, String holder) {
        return em.createNativeQuery("update prot_notice_send set lease_expires_at = ? where id = ?"
                + " and lease_holder = ?").setParameter(1, calendar.now().plus(length())).setParameter(2, sendId)
                .setParameter(3, holder).executeUpdate() == 1;
    }

    /** Frees the lease if {@code holder} still holds it. */
    public void release(long sendId, String holder) {
        em.createNativeQuery("update prot_notice_send set lease_holder = null, lease_expires_at = null where id = ?"
                + " and lease_holder = ?").setParameter(1, sendId).setParameter(2, holder).executeUpdate();
    }

    /** The sendings still running, oldest first, with until when a lease that has not run out holds each. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LeftRunning> leftRunning() {
        LocalDateTime now = calendar.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, case when lease_holder is not null"
                + " and lease_expires_at >= ? then lease_expires_at end from prot_notice_send where state = 'RUNNING'"
                + " order by id").setParameter(1, now).getResultList();
        return rows.stream().map(row -> new LeftRunning(((Number) row[0]).longValue(),
                row[1] == null ? null : row[1] instanceof Timestamp at ? at.toLocalDateTime() : (LocalDateTime) row[1]))
                .toList();
    }

    /** How long a lease lasts without renewal. */
    Duration length() {
        if (minutes < 1) {
            LOG.warning(() -> "custos.notices.send.lease.minutes is " + minutes + ", not a number of minutes from 1:"
                    + " the lease lasts " + DEFAULT_MINUTES + " minutes.");
            return Duration.ofMinutes(DEFAULT_MINUTES);
        }
        return Duration.ofMinutes(minutes);
    }
}

package org.custos.protection.retention.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.logging.Logger;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lease that lets one retention run go on at a time however many servers share the database (R6): the row
 * {@code retention} of {@code prot_retention_lease}. A run takes it with one SQL update that succeeds only while the
 * row is free or its lease ran out, so of two servers trying at once the database lets one through; the run renews
 * it between contexts and frees it at the end. A server killed mid-run leaves a lease that runs out after
 * {@code custos.retention.lease.minutes} (default 15), and the next run takes over. Each step commits on its own, so
 * that the other servers see it at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionLease {

    private static final Logger LOG = Logger.getLogger(RetentionLease.class.getName());
    private static final String NAME = "retention";
    private static final int DEFAULT_MINUTES = 15;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    @ConfigProperty(name = "custos.retention.lease.minutes", defaultValue = "" + DEFAULT_MINUTES)
    int minutes;

    /** A name for one run's hold on the lease: this server's process and a random part, unique to the run. */
    public static String newHolder() {
        String holder = ManagementFactory.getRuntimeMXBean().getName() + " " + UUID.randomUUID();
        return holder.length() > 200 ? holder.substring(holder.length() - 200) : holder;
    }

    /** Takes the lease for {@code holder} if it is free or ran out; whether it was taken. */
    public boolean take(String holder) {
        LocalDateTime now = calendar.now();
        return em.createNativeQuery("update prot_retention_lease set holder = ?, run_id = null, expires_at = ?"
                + " where name = ? and (holder is null or expires_at is null or expires_at < ?)")
                .setParameter(1, holder).setParameter(2, now.plus(length())).setParameter(3, NAME)
                .setParameter(4, now).executeUpdate() == 1;
    }

    /** Names the run the lease is held for. */
    public void heldFor(String holder, long runId) {
        em.createNativeQuery("update prot_retention_lease set run_id = ? where name = ? and holder = ?")
                .setParameter(1, runId).setParameter(2, NAME).setParameter(3, holder).executeUpdate();
    }

    /**
     * Extends the lease of {@code holder} by its length from now; false when it is no longer held by it (it ran out
     * and another run took it over).
     */
    public boolean renew(String holder) {
        LocalDateTime now = calendar.now();
        return em.createNativeQuery("update prot_retention_lease set expires_at = ? where name = ? and holder = ?")
                .setParameter(1, now.plus(length())).setParameter(2, NAME).setParameter(3, holder)
                .executeUpdate() == 1;
    }

    /** Frees the lease if {@code holder} still holds it. */
    public void release(String holder) {
        em.createNativeQuery("update prot_retention_lease set holder = null, run_id = null, expires_at = null"
                + " where name = ? and holder = ?").setParameter(1, NAME).setParameter(2, holder).executeUpdate();
    }

    /** Whether some run holds the lease now (and it has not run out). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean held() {
        return ((Number) em.createNativeQuery("select count(*) from prot_retention_lease where name = ?"
                + " and holder is not null and expires_at >= ?").setParameter(1, NAME)
                .setParameter(2, calendar.now()).getSingleResult()).intValue() > 0;
    }

    /** How long a lease lasts without renewal. */
    Duration length() {
        if (minutes < 1) {
            LOG.warning(() -> "custos.retention.lease.minutes is " + minutes + ", not a number of minutes from 1:"
                    + " the lease lasts " + DEFAULT_MINUTES + " minutes.");
            return Duration.ofMinutes(DEFAULT_MINUTES);
        }
        return Duration.ofMinutes(minutes);
    }
}

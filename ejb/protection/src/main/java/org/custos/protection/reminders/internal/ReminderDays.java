package org.custos.protection.reminders.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/**
 * Which server sends a day's reminders: every server's timer goes at the same hour, and the one whose single SQL
 * update moves the day on sends them; for the others the database finds the day taken. Commits on its own, so the
 * other servers see it at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReminderDays {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** Takes {@code day} for this server; false when a server took it already. */
    public boolean take(LocalDate day) {
        String server = ManagementFactory.getRuntimeMXBean().getName();
        return em.createNativeQuery("update prot_reminders_day set last_day = ?, sent_by = ? where name = 'daily'"
                + " and (last_day is null or last_day < ?)").setParameter(1, day)
                .setParameter(2, server.length() > 200 ? server.substring(0, 200) : server).setParameter(3, day)
                .executeUpdate() == 1;
    }
}

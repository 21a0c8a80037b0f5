package org.custos.protection.retention.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.custos.protection.calendar.api.RetentionPeriodChanged;

/**
 * The retention schedule's versions (R6): version 1 is the policy's defaults, and every change of a retention period
 * makes the next, so that each decision keeps the version that applied to it.
 */
@Dependent
public class ScheduleVersions {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** The version in force now. */
    public int current() {
        return ((Number) em.createNativeQuery("select max(number) from prot_retention_schedule_version")
                .getSingleResult()).intValue();
    }

    /** A retention rule's period changed in the settings: the next version records it, in the same transaction. */
    void periodChanged(@Observes RetentionPeriodChanged change) {
        record(change.key(), change.oldValue(), change.newValue(), change.by(), change.at());
    }

    /**
     * Makes the next version, for a change of one rule's period (a blank value: back to the default). Two changes at
     * once cannot both take the same number: the second fails on the key and is refused.
     */
    public int record(String settingKey, String oldValue, String newValue, String by, LocalDateTime at) {
        int next = current() + 1;
        em.createNativeQuery("insert into prot_retention_schedule_version"
                + " (number, changed_at, changed_by, setting_key, old_value, new_value) values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, next).setParameter(2, at).setParameter(3, by).setParameter(4, settingKey)
                .setParameter(5, oldValue).setParameter(6, newValue).executeUpdate();
        return next;
    }
}

package org.custos.protection.notices.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.NoticePeriodChanged;

/**
 * The due days of the notices owed follow the period the DPM has set (N2). A row keeps what happened (the day the
 * data was obtained, the first communication or disclosure) and the day due by the calendar's rule
 * ({@link ComplianceCalendar#noticeDue}), so that the DPM's list of the notices owed is paged in SQL from the index on
 * (given, due). When the period changes, the due day of every notice still owed for data obtained from someone else
 * is worked out again, in the same transaction as the change: one read of the rows, the rule once per distinct day
 * obtained and first contact, and one update per day now due (by id, a thousand at a time). A notice given keeps the
 * day it was due; data that came from the person is due at collection, whatever the period.
 */
@Dependent
class NoticeDueDays {

    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    /** The DPM changed the period: the notices owed move to it. */
    void periodChanged(@Observes NoticePeriodChanged change) {
        recompute();
    }

    /** Moves each notice owed for data obtained from someone else to the day now due; how many moved. */
    int recompute() {
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, obtained_on, first_contact_on, due_on"
                + " from prot_notice_given where given_on is null and from_person = false").getResultList();
        Map<List<LocalDate>, LocalDate> rule = new HashMap<>();
        Map<LocalDate, List<Long>> moves = new TreeMap<>();
        for (Object[] row : rows) {
            LocalDate obtained = day(row[1]);
            LocalDate firstContact = day(row[2]);
            LocalDate due = rule.computeIfAbsent(Arrays.asList(obtained, firstContact),
                    key -> calendar.noticeDue(obtained, false, firstContact));
            if (!Objects.equals(due, day(row[3]))) {
                moves.computeIfAbsent(due, key -> new ArrayList<>()).add(((Number) row[0]).longValue());
            }
        }
        int moved = 0;
        for (Map.Entry<LocalDate, List<Long>> move : moves.entrySet()) {
            List<Long> ids = move.getValue();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                moved += em.createQuery("update NoticeGiven g set g.dueOn = :due, g.version = g.version + 1"
                        + " where g.id in :ids").setParameter("due", move.getKey())
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).executeUpdate();
            }
        }
        return moved;
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}

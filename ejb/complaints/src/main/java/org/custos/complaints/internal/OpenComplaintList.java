package org.custos.complaints.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.custos.complaints.api.ComplaintQuery;
import org.custos.complaints.api.OpenComplaint;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.Page;
import org.custos.protection.calendar.api.ComplianceCalendar;

/**
 * The open complaints, paged in SQL (one statement for the page, one for the count): every one for the DPM, those a
 * handler is named on for anyone else; the period and bank holidays read once for the page's deadlines.
 */
@Dependent
class OpenComplaintList {

    private static final String FROM = " from cmp_complaint c where c.closed_on is null";

    private static final String NAMED = " and exists (select 1 from cmp_handler h where h.complaint_id = c.id"
            + " and lower(h.account) = ?)";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    Page<OpenComplaint> page(ComplaintQuery query, String caller, boolean all) {
        String where = FROM + (all ? "" : NAMED);
        Query rows = em.createNativeQuery("select c.id, c.received_on, c.channel, c.kind, c.about, c.acknowledged_on"
                + where + " order by c.received_on, c.id limit ? offset ?");
        Query count = em.createNativeQuery("select count(*)" + where);
        int next = 1;
        if (!all) {
            String me = caller.toLowerCase(Locale.ROOT);
            rows.setParameter(next, me);
            count.setParameter(next++, me);
        }
        rows.setParameter(next++, query.pageSize()).setParameter(next, query.first());
        Period period = calendar.complaintAcknowledgementPeriod();
        Predicate<LocalDate> workingDays = calendar.workingDays();
        LocalDate today = calendar.today();
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        List<OpenComplaint> page = found.stream().map(row -> {
            LocalDate received = date(row[1]);
            LocalDate due = AcknowledgementDeadline.due(received, period, workingDays);
            return new OpenComplaint(((Number) row[0]).longValue(), received,
                    ComplaintChannel.valueOf((String) row[2]), ComplaintKind.valueOf((String) row[3]),
                    ComplaintAbout.valueOf((String) row[4]), due, ChronoUnit.DAYS.between(today, due), row[5] != null);
        }).toList();
        return new Page<>(page, ((Number) count.getSingleResult()).longValue());
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}

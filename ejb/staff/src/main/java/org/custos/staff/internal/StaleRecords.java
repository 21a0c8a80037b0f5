package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.domain.shared.Page;
import org.custos.staff.api.StaleRecord;

/**
 * HR's list of stale records (A1): for each file of current staff (no leaving date, or one still to come) and each
 * group it holds (bank details and emergency contacts only once recorded), the group when it is due by
 * {@link AccuracyDue}'s rule, in SQL: its interval (PostgreSQL adds an ISO-8601 period as Java does, months first)
 * after its last confirmation, or after the file opened. Longest overdue first, a file's groups in their order; one
 * statement for the page, one for the count.
 */
@Dependent
class StaleRecords {

    private static final String GROUPS = Arrays.stream(AccuracyGroup.values())
            .map(group -> "(?, cast(? as interval), " + group.ordinal() + ")").collect(Collectors.joining(", "));

    private static final String SINCE = "coalesce(c.confirmed_on, cast(f.opened_at as date))";

    private static final String FROM = " from stf_staff_file f join core_data_subject s on s.id = f.subject_id"
            + " join stf_engagement e on e.staff_file_id = f.id and e.latest = true"
            + " cross join (values " + GROUPS + ") g (record_group, review_interval, position)"
            + " left join stf_accuracy_confirmation c on c.staff_file_id = f.id and c.record_group = g.record_group"
            + " where (e.leaving_date is null or e.leaving_date > ?)"
            + " and (g.record_group <> '" + AccuracyGroup.BANK_DETAILS.name() + "' or exists (select 1"
            + " from stf_bank_details b where b.staff_file_id = f.id))"
            + " and (g.record_group <> '" + AccuracyGroup.EMERGENCY_CONTACTS.name() + "' or exists (select 1"
            + " from stf_emergency_contact x where x.staff_file_id = f.id))"
            + " and " + SINCE + " + g.review_interval <= ?";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Page<StaleRecord> page(Function<AccuracyGroup, Period> intervals, LocalDate today, int first, int pageSize) {
        Query rows = em.createNativeQuery("select f.id, f.subject_id, s.given_names, s.family_name, g.record_group,"
                + " cast(" + SINCE + " + g.review_interval as date), c.confirmed_on" + FROM
                + " order by 6, s.family_name, s.given_names, f.id, g.position limit ? offset ?");
        Query count = em.createNativeQuery("select count(*)" + FROM);
        int next = 1;
        for (AccuracyGroup group : AccuracyGroup.values()) {
            for (Query statement : List.of(rows, count)) {
                statement.setParameter(next, group.name()).setParameter(next + 1,
                        intervals.apply(group).toString());
            }
            next += 2;
        }
        for (Query statement : List.of(rows, count)) {
            statement.setParameter(next, Date.valueOf(today)).setParameter(next + 1, Date.valueOf(today));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> page = rows.setParameter(next + 2, pageSize).setParameter(next + 3, first).getResultList();
        return new Page<>(page.stream().map(row -> new StaleRecord(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), row[2] + " " + row[3], AccuracyGroup.valueOf((String) row[4]),
                date(row[5]), date(row[6]))).toList(), ((Number) count.getSingleResult()).longValue());
    }

    /** A date column as the driver gives it; null stays null. */
    private static LocalDate date(Object value) {
        return value == null || value instanceof LocalDate ? (LocalDate) value : ((Date) value).toLocalDate();
    }
}

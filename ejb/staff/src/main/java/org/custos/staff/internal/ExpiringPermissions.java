package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.staff.api.ExpiringPermission;

/**
 * HR's list of permissions ending (T1): the latest right-to-work check of each file and the latest clearance of
 * each level, when it ends by the given date, for staff whose engagement has not ended; soonest first. Both kinds
 * are one union, paged in SQL: one statement for the page, one for the count.
 */
@Dependent
class ExpiringPermissions {

    private static final String FROM = " from (select r.staff_file_id, cast(null as varchar(100)) as clearance_level,"
            + " r.expires_on from stf_right_to_work r where r.expires_on is not null and r.id = (select max(y.id)"
            + " from stf_right_to_work y where y.staff_file_id = r.staff_file_id)"
            + " union all select c.staff_file_id, c.clearance_level, c.expires_on from stf_security_clearance c"
            + " where c.expires_on is not null and c.id = (select max(y.id) from stf_security_clearance y"
            + " where y.staff_file_id = c.staff_file_id and y.clearance_level = c.clearance_level)) x"
            + " join stf_staff_file f on f.id = x.staff_file_id join core_data_subject s on s.id = f.subject_id"
            + " join stf_engagement e on e.staff_file_id = f.id and e.latest = true"
            + " where x.expires_on <= ? and (e.leaving_date is null or e.leaving_date > ?)";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Page<ExpiringPermission> page(LocalDate endingBy, LocalDate today, int first, int pageSize) {
        Query rows = em.createNativeQuery("select f.id, f.subject_id, s.given_names, s.family_name,"
                + " x.clearance_level, x.expires_on" + FROM
                + " order by x.expires_on, s.family_name, s.given_names, f.id limit ? offset ?");
        Query count = em.createNativeQuery("select count(*)" + FROM);
        for (Query statement : List.of(rows, count)) {
            statement.setParameter(1, Date.valueOf(endingBy)).setParameter(2, Date.valueOf(today));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> page = rows.setParameter(3, pageSize).setParameter(4, first).getResultList();
        return new Page<>(page.stream().map(row -> new ExpiringPermission(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), row[2] + " " + row[3], (String) row[4], date(row[5]))).toList(),
                ((Number) count.getSingleResult()).longValue());
    }

    /** A date column as the driver gives it. */
    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}

package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.SearchText;
import org.custos.staff.api.StaffQuery;
import org.custos.staff.api.StaffSummary;

/**
 * The staff list (T1): one page of files with their current engagement (the latest row, rows being only added) and
 * the person's name, filtered and paged in SQL: one statement for the page, one for the count. Also a person's own
 * files, for their page in the register.
 */
@Dependent
class StaffList {

    private static final String SELECT = "select f.id, f.subjectId, s.givenNames, s.familyName, e.type, e.jobTitle,"
            + " e.department, e.startDate, e.leavingDate";
    private static final String FROM = " from StaffFile f, Engagement e, DataSubject s where e.staffFileId = f.id"
            + " and s.id = f.subjectId and e.latest = true";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Page<StaffSummary> page(StaffQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.leavers() != null) {
            conditions.add(query.leavers() ? "e.leavingDate is not null" : "e.leavingDate is null");
        }
        if (query.type() != null) {
            conditions.add("e.type = :type");
        }
        boolean department = query.department() != null && !query.department().isBlank();
        if (department) {
            conditions.add("e.department = :department");
        }
        boolean name = query.name() != null && !query.name().isBlank();
        if (name) {
            conditions.add("s.searchName like :name" + SearchText.ESCAPE);
        }
        String where = FROM + conditions.stream().map(condition -> " and " + condition).reduce("", String::concat);
        TypedQuery<Object[]> rows = em.createQuery(SELECT + where + " order by s.familyName, s.givenNames, f.id",
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(f)" + where, Long.class);
        for (TypedQuery<?> statement : List.of(rows, count)) {
            if (query.type() != null) {
                statement.setParameter("type", query.type());
            }
            if (department) {
                statement.setParameter("department", query.department().trim());
            }
            if (name) {
                statement.setParameter("name", SearchText.anywhere(SearchText.folded(query.name())));
            }
        }
        List<StaffSummary> page = summaries(rows.setFirstResult(query.first()).setMaxResults(query.pageSize()));
        return new Page<>(page, count.getSingleResult());
    }

    /** The person's staff files, the latest first (a person rehired after leaving has one per engagement). */
    List<StaffSummary> of(long subjectId) {
        return summaries(em.createQuery(SELECT + FROM + " and f.subjectId = :subject order by f.id desc",
                Object[].class).setParameter("subject", subjectId));
    }

    private static List<StaffSummary> summaries(TypedQuery<Object[]> rows) {
        return rows.getResultStream().map(row -> new StaffSummary((Long) row[0], (Long) row[1], row[2] + " " + row[3],
                (EngagementType) row[4], (String) row[5], (String) row[6], (LocalDate) row[7], (LocalDate) row[8]))
                .toList();
    }
}

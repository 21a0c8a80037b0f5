package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.WarningLevel;
import org.custos.staff.api.HrCaseSummary;

/**
 * R3, X1: the cases an HR user handles whose warning has expired by a day and whose details are still held, soonest
 * expired first, each with its file and person named: one statement for the page, one for its count. Need to know
 * is the join on the case's handlers (the person a case is about is never one of them, {@link CaseAccess}), less
 * the cases on the handler's own file (an account linked to the person after it was named).
 */
@Dependent
class ExpiredWarnings {

    private static final String FROM = " from HrCase c join c.handlers h, StaffFile f, DataSubject s"
            + " where h = :handler and f.id = c.staffFileId and s.id = f.subjectId"
            + " and c.warningExpiresOn <= :asOf and c.summarisedOn is null and not exists (select a from"
            + " StaffAccount a where a.subjectId = f.subjectId and a.username = :handler)";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Page<HrCaseSummary> page(String handler, LocalDate asOf, int first, int pageSize) {
        TypedQuery<Object[]> rows = em.createQuery("select c.id, f.id, s.id, s.givenNames, s.familyName, c.kind,"
                + " c.openedOn, c.outcome, c.decidedOn, c.warningLevel, c.warningExpiresOn" + FROM
                + " order by c.warningExpiresOn, c.id", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(c)" + FROM, Long.class);
        for (TypedQuery<?> statement : List.of(rows, count)) {
            statement.setParameter("handler", handler).setParameter("asOf", asOf);
        }
        List<HrCaseSummary> page = rows.setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(row -> new HrCaseSummary((Long) row[0], (Long) row[1], (Long) row[2], row[3] + " " + row[4],
                        (HrCaseKind) row[5], (LocalDate) row[6], (String) row[7], (LocalDate) row[8],
                        (WarningLevel) row[9], (LocalDate) row[10], null))
                .toList();
        return new Page<>(page, count.getSingleResult());
    }
}

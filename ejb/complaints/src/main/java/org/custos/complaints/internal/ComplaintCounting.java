package org.custos.complaints.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.custos.complaints.api.ComplaintCount;
import org.custos.complaints.api.ComplaintCounts;
import org.custos.domain.shared.ComplaintKind;

/**
 * The complaints received per month, kind and outcome, counted in SQL (one grouped statement): counts only, the
 * erased complainants' files included, as they keep their dates and kind for this.
 */
@Dependent
class ComplaintCounting {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    ComplaintCounts counts(YearMonth last, int months) {
        YearMonth first = last.minusMonths(months - 1L);
        List<YearMonth> range = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            range.add(first.plusMonths(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select extract(year from c.received_on),"
                + " extract(month from c.received_on), c.kind, case when c.closed_on is null then 0 else 1 end,"
                + " count(*) from cmp_complaint c where c.received_on >= ? and c.received_on < ?"
                + " group by extract(year from c.received_on), extract(month from c.received_on), c.kind,"
                + " case when c.closed_on is null then 0 else 1 end")
                .setParameter(1, first.atDay(1)).setParameter(2, last.plusMonths(1).atDay(1)).getResultList();
        List<ComplaintCount> counts = rows.stream().map(row -> new ComplaintCount(
                YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                ComplaintKind.valueOf((String) row[2]), ((Number) row[3]).intValue() == 1,
                ((Number) row[4]).longValue()))
                .sorted(Comparator.comparing(ComplaintCount::month)
                        .thenComparing(ComplaintCount::kind).thenComparing(ComplaintCount::outcomeSent))
                .toList();
        return new ComplaintCounts(range, counts);
    }
}

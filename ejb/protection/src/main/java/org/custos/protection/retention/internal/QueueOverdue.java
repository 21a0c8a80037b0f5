package org.custos.protection.retention.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.protection.retention.api.RecordsPastTheirDate;

/** The queue's items past their date and not carried out, counted per context in one statement. */
@ApplicationScoped
public class QueueOverdue implements RecordsPastTheirDate {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public Map<String, Overdue> byContext(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select context, count(*), min(due_on) from prot_retention_item"
                + " where state in ('WAITING', 'FAILED') and due_on < ? group by context").setParameter(1, today)
                .getResultList();
        Map<String, Overdue> overdue = new HashMap<>();
        for (Object[] row : rows) {
            overdue.put((String) row[0], new Overdue(((Number) row[1]).longValue(),
                    row[2] instanceof Date date ? date.toLocalDate() : (LocalDate) row[2]));
        }
        return overdue;
    }
}

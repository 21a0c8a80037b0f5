package org.custos.protection.breaches.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.domain.shared.DataContext;
import org.custos.protection.breaches.api.BreachesByContext;

/**
 * The breaches of each context in one statement: a part per context, joined with {@code union all}, each naming its
 * context by its key (a constant of {@link DataContext}, never input) and running the holder's query of its people.
 */
@ApplicationScoped
public class ContextBreaches implements BreachesByContext {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public Map<DataContext, List<BreachBrief>> involving(Map<DataContext, String> peopleQueries) {
        if (peopleQueries.isEmpty()) {
            return Map.of();
        }
        List<DataContext> contexts = new ArrayList<>(new EnumMap<>(peopleQueries).keySet());
        List<String> parts = new ArrayList<>();
        for (DataContext context : contexts) {
            parts.add("select '" + context.key() + "' as context_key, b.id, b.summary, b.aware_at from prot_breach b"
                    + " where lower(b.systems) like ? or exists (select 1 from prot_breach_subject s"
                    + " where s.breach_id = b.id and s.subject_id in (select subject_id from ("
                    + peopleQueries.get(context) + ") held))");
        }
        Query query = em.createNativeQuery(String.join(" union all ", parts) + " order by 1, 4 desc, 2 desc");
        for (int i = 0; i < contexts.size(); i++) {
            query.setParameter(i + 1, "%" + contexts.get(i).label().toLowerCase(Locale.ROOT) + "%");
        }
        Map<String, DataContext> byKey = new LinkedHashMap<>();
        contexts.forEach(context -> byKey.put(context.key(), context));
        Map<DataContext, List<BreachBrief>> found = new EnumMap<>(DataContext.class);
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            found.computeIfAbsent(byKey.get(String.valueOf(row[0]).strip()), context -> new ArrayList<>())
                    .add(new BreachBrief(((Number) row[1]).longValue(), (String) row[2]));
        }
        return found;
    }
}

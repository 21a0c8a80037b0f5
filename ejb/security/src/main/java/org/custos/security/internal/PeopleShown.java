package org.custos.security.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people audit entries showed, by entry position, read for many entries in one query rather than one query
 * per entry (the entries' collections are lazy).
 */
final class PeopleShown {

    private static final String SELECT = "select e.position, s from AuditEntry e join e.shownSubjectIds s where ";

    private PeopleShown() {
    }

    static Map<Long, List<Long>> in(EntityManager em, Collection<Long> positions) {
        return positions.isEmpty() ? Map.of() : byPosition(em.createQuery(SELECT + "e.position in :positions",
                Object[].class).setParameter("positions", positions));
    }

    private static Map<Long, List<Long>> byPosition(TypedQuery<Object[]> query) {
        Map<Long, List<Long>> shown = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            shown.computeIfAbsent((Long) row[0], position -> new ArrayList<>()).add((Long) row[1]);
        }
        return shown;
    }
}

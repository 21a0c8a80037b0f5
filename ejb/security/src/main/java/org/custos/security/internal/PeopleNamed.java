package org.custos.security.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the people a page of audit entries is about, read in one query for the page (in blocks of
 * {@value #IDS_PER_QUERY} for an export) rather than one per entry. A person erased from the register has no name
 * here: their entries keep only the reference (X2).
 */
final class PeopleNamed {

    private static final int IDS_PER_QUERY = 1_000;

    private PeopleNamed() {
    }

    /** "Given Family" by person id, for those of {@code subjectIds} still in the register. */
    static Map<Long, String> in(EntityManager em, Collection<Long> subjectIds) {
        List<Long> ids = subjectIds.stream().distinct().toList();
        Map<Long, String> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            for (Object[] row : em.createQuery("select s.id, s.givenNames, s.familyName from DataSubject s"
                    + " where s.id in :ids", Object[].class).setParameter("ids", ids.subList(from,
                    Math.min(ids.size(), from + IDS_PER_QUERY))).getResultList()) {
                names.put((Long) row[0], row[1] + " " + row[2]);
            }
        }
        return names;
    }
}

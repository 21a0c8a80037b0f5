package org.custos.protection.register.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.SearchText;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.register.api.SubjectQuery;
import org.custos.protection.register.api.SubjectSummary;

/**
 * The register's search, paged in SQL whatever the register's size: the page's rows read as the columns shown
 * (no entities, so nothing is loaded per row), the emails and the categories of those rows in one query each,
 * and the count only when neither the page, the query nor the register's count ({@link PeopleCount}) tells it.
 * Four statements at most, however long the page.
 * The orders and filters match the indexes of migration 23.
 */
@ApplicationScoped
public class SubjectSearch {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    PeopleCount count;

    public Page<SubjectSummary> page(SubjectQuery query) {
        Filter filter = Filter.of(query);
        TypedQuery<Object[]> rows = filter.bind(em.createQuery("select s.id, s.givenNames, s.familyName,"
                + " s.dateOfBirth, s.doNotContact from DataSubject s" + filter.where + order(query), Object[].class));
        List<Object[]> found = rows.setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
        List<Long> ids = found.stream().map(row -> (Long) row[0]).toList();
        Map<Long, List<String>> emails = emailsOf(ids);
        Map<Long, Set<SubjectCategory>> categories = categoriesOf(ids);
        List<SubjectSummary> page = found.stream().map(row -> new SubjectSummary((Long) row[0], (String) row[1],
                (String) row[2], (LocalDate) row[3], emails.getOrDefault((Long) row[0], List.of()),
                categories.getOrDefault((Long) row[0], Set.of()), (Boolean) row[4])).toList();
        return new Page<>(page, total(query, filter, page.size()));
    }

    /**
     * A short page that is not past the end is the last one: the total follows from it without counting; a later
     * page of a search already counted keeps its total; a search without filters finds everyone, whom the
     * register's count holds.
     */
    private long total(SubjectQuery query, Filter filter, int shown) {
        if (shown < query.pageSize() && (shown > 0 || query.first() == 0)) {
            return (long) query.first() + shown;
        }
        if (query.knownTotal() != null) {
            return query.knownTotal();
        }
        if (filter.where().isEmpty()) {
            return count.people();
        }
        return filter.bind(em.createQuery("select count(s) from DataSubject s" + filter.where, Long.class))
                .getSingleResult();
    }

    private static String order(SubjectQuery query) {
        String direction = query.ascending() ? " asc" : " desc";
        return switch (query.sort()) {
            case NAME -> " order by s.familyName" + direction + ", s.givenNames" + direction;
            case DATE_OF_BIRTH -> " order by s.dateOfBirth" + direction;
            case UPDATED -> " order by s.updatedAt" + direction;
        } + ", s.id" + direction;
    }

    private Map<Long, List<String>> emailsOf(List<Long> ids) {
        Map<Long, List<String>> emails = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select s.id, e from DataSubject s join s.emails e where s.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList().forEach(row -> emails
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        }
        emails.values().forEach(list -> list.sort(null));
        return emails;
    }

    private Map<Long, Set<SubjectCategory>> categoriesOf(List<Long> ids) {
        Map<Long, Set<SubjectCategory>> categories = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select s.id, c from DataSubject s join s.categories c where s.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList().forEach(row -> categories
                    .computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(SubjectCategory.class))
                    .add((SubjectCategory) row[1]));
        }
        return categories;
    }

    /** The query's filters as a JPQL where clause and its parameters; blank filters match everyone. */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(SubjectQuery query) {
            StringBuilder where = new StringBuilder();
            Map<String, Object> parameters = new HashMap<>();
            if (query.name() != null && !query.name().isBlank()) {
                where.append(" and s.searchName like :name").append(SearchText.ESCAPE);
                parameters.put("name", SearchText.anywhere(SearchText.folded(query.name())));
            }
            if (query.email() != null && !query.email().isBlank()) {
                where.append(" and exists (select e from DataSubject m join m.emails e"
                        + " where m = s and e like :email" + SearchText.ESCAPE + ")");
                parameters.put("email", SearchText.anywhere(DataSubject.normalisedEmail(query.email())));
            }
            if (query.category() != null) {
                where.append(" and :category member of s.categories");
                parameters.put("category", query.category());
            }
            return new Filter(where.isEmpty() ? "" : " where" + where.substring(" and".length()), parameters);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}

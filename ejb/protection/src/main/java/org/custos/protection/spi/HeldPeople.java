package org.custos.protection.spi;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.custos.domain.shared.SubjectCategory;

/**
 * Counts and categorises in SQL, never loading them, the people places hold (a breach's processors and systems, X5;
 * a processing activity's context, Art 30): each place from a query selecting register ids as {@code subject_id} (a
 * holder's {@link HeldData#peopleQuery()}, or the register's people of some categories), and several places
 * together counting each person once.
 */
@Dependent
public class HeldPeople {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** The register's people in any of the categories; none for no category. */
    public static String inCategories(Set<SubjectCategory> categories) {
        // enum constants' names, never typed text
        return categories.isEmpty() ? "select id as subject_id from core_data_subject where 1 = 0"
                : "select subject_id from core_subject_category where category in (" + categories.stream()
                        .map(category -> "'" + category.name() + "'").sorted().collect(Collectors.joining(", "))
                        + ")";
    }

    /** How many different people the query selects. */
    public long count(String people) {
        return countOnce(List.of(people));
    }

    /** How many different people the queries select together, each person once. */
    public long countOnce(List<String> people) {
        if (people.isEmpty()) {
            return 0;
        }
        String all = IntStream.range(0, people.size())
                .mapToObj(i -> "select subject_id from (" + people.get(i) + ") held" + i)
                .collect(Collectors.joining(" union all "));
        return ((Number) em.createNativeQuery("select count(distinct subject_id) from (" + all + ") everyone")
                .getSingleResult()).longValue();
    }

    /** The register's categories of the people the query selects, in the order of the categories. */
    public List<SubjectCategory> categoriesOf(String people) {
        List<?> names = em.createNativeQuery("select distinct category from core_subject_category"
                + " where subject_id in (select subject_id from (" + people + ") held)").getResultList();
        return names.stream().map(name -> SubjectCategory.valueOf(name.toString())).sorted().toList();
    }
}

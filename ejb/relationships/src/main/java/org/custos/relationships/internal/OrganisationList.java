package org.custos.relationships.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.custos.domain.relationships.Organisation;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.SearchText;
import org.custos.relationships.api.OrganisationQuery;
import org.custos.relationships.api.OrganisationSummary;

/** The organisations list: filtered and paged in SQL, one statement for the page, one for the count. */
@Dependent
class OrganisationList {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Page<OrganisationSummary> page(OrganisationQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.kind() != null) {
            conditions.add("o." + query.kind().name().toLowerCase(Locale.ROOT) + " = true");
        }
        if (query.status() != null) {
            conditions.add("o.status = :status");
        }
        boolean name = query.name() != null && !query.name().isBlank();
        if (name) {
            conditions.add("o.searchName like :name" + SearchText.ESCAPE);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Organisation> rows = em.createQuery("select o from RelationshipOrganisation o" + where
                + " order by o.searchName, o.id", Organisation.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from RelationshipOrganisation o" + where, Long.class);
        for (TypedQuery<?> statement : List.of(rows, count)) {
            if (query.status() != null) {
                statement.setParameter("status", query.status());
            }
            if (name) {
                statement.setParameter("name", SearchText.anywhere(SearchText.folded(query.name())));
            }
        }
        List<OrganisationSummary> page = rows.setFirstResult(query.first()).setMaxResults(query.pageSize())
                .getResultStream().map(o -> new OrganisationSummary(o.id(), o.name(), o.kinds(), o.status(),
                        o.relationshipStart(), o.relationshipEnd()))
                .toList();
        return new Page<>(page, count.getSingleResult());
    }
}

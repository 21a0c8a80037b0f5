package org.custos.relationships.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import org.custos.domain.shared.Countries;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.TransferMechanism;
import org.custos.relationships.api.UnsafeguardedTransfer;

/**
 * The transfers without a valid safeguard, in one statement paged in SQL: every country where a processor or its
 * sub-processor stores or accesses our data, or recorded for an organisation, outside the UK, with no mechanism
 * recorded for that organisation and country, or only UK adequacy for a country no longer on the list
 * ({@link TransferRules}). Organisations whose relationship ended are left out: nothing goes to them.
 */
@Dependent
class UnsafeguardedTransfers {

    private static final String FROM = " from (select p.organisation_id, c.country from rel_processor p"
            + " join rel_processor_country c on c.processor_id = p.id"
            + " union select p.organisation_id, c.country from rel_sub_processor s"
            + " join rel_processor p on p.id = s.processor_id"
            + " join rel_sub_processor_country c on c.sub_processor_id = s.id"
            + " union select t.organisation_id, t.country from rel_transfer t) d"
            + " join rel_organisation o on o.id = d.organisation_id"
            + " where o.status <> '" + RelationshipStatus.ENDED.name() + "' and d.country <> '" + Countries.UK + "'"
            + " and not exists (select 1 from rel_transfer t where t.organisation_id = d.organisation_id"
            + " and t.country = d.country and t.mechanism is not null and (t.mechanism <> '"
            + TransferMechanism.ADEQUACY.name() + "' or exists (select 1 from rel_adequate_country a"
            + " where a.country = t.country)))";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Page<UnsafeguardedTransfer> page(int first, int pageSize) {
        Query rows = em.createNativeQuery("select d.organisation_id, o.name, d.country" + FROM
                + " order by o.search_name, o.id, d.country limit ? offset ?");
        @SuppressWarnings("unchecked")
        List<Object[]> page = rows.setParameter(1, pageSize).setParameter(2, first).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*)" + FROM).getSingleResult()).longValue();
        return new Page<>(page.stream().map(row -> new UnsafeguardedTransfer(((Number) row[0]).longValue(),
                (String) row[1], (String) row[2], Countries.name((String) row[2]))).toList(), total);
    }
}

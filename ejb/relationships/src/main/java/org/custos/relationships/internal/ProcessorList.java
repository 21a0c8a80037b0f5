package org.custos.relationships.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.domain.shared.AgreementState;
import org.custos.domain.shared.AgreementTerm;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.ProcessorCondition;
import org.custos.domain.shared.SearchText;
import org.custos.relationships.api.AgreementAwaiting;
import org.custos.relationships.api.ProcessorQuery;
import org.custos.relationships.api.ProcessorSummary;

/**
 * The processor register and the DPM's worklist, paged in SQL by projections that load no entity (a processor's
 * purposes and a version's terms are eager collections): one statement for the page, one for the count. A row of
 * the register carries the conditions evidenced and its latest version's terms, so that {@link ProcessorConditions}
 * judges it as it judges the processor's page.
 */
@Dependent
class ProcessorList {

    private static final String FROM = " from rel_processor p join rel_organisation o on o.id = p.organisation_id";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Page<ProcessorSummary> page(ProcessorQuery query, LocalDate today) {
        boolean named = query.name() != null && !query.name().isBlank();
        String where = named ? " where o.search_name like ?" + SearchText.ESCAPE : "";
        Query rows = em.createNativeQuery("select o.id, o.name, p.review_on,"
                + " (select string_agg(e.kind, ',') from rel_processor_condition e where e.processor_id = p.id),"
                + " a.version_number, a.state,"
                + " (select string_agg(t.term, ',') from rel_agreement_term t where t.agreement_id = a.id)" + FROM
                + " left join rel_agreement_version a on a.processor_id = p.id and a.version_number ="
                + " (select max(l.version_number) from rel_agreement_version l where l.processor_id = p.id)"
                + where + " order by o.search_name, o.id limit ? offset ?");
        Query count = em.createNativeQuery("select count(*)" + FROM + where);
        int next = 1;
        if (named) {
            String pattern = SearchText.anywhere(SearchText.folded(query.name()));
            rows.setParameter(next, pattern);
            count.setParameter(next++, pattern);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> page = rows.setParameter(next, query.pageSize()).setParameter(next + 1, query.first())
                .getResultList();
        return new Page<>(page.stream().map(row -> summary(row, today)).toList(),
                ((Number) count.getSingleResult()).longValue());
    }

    Page<AgreementAwaiting> awaiting(int first, int pageSize) {
        String from = " from AgreementVersion a, Processor p, RelationshipOrganisation o where p.id = a.processorId"
                + " and o.id = p.organisationId and a.state = :state";
        List<AgreementAwaiting> rows = em.createQuery("select new org.custos.relationships.api.AgreementAwaiting("
                + "a.id, o.id, o.name, a.number, a.document, a.proposedBy, a.proposedAt)" + from
                + " order by a.proposedAt, a.id", AgreementAwaiting.class)
                .setParameter("state", AgreementState.AWAITING_DPM).setFirstResult(first).setMaxResults(pageSize)
                .getResultList();
        long total = em.createQuery("select count(a)" + from, Long.class)
                .setParameter("state", AgreementState.AWAITING_DPM).getSingleResult();
        return new Page<>(rows, total);
    }

    private static ProcessorSummary summary(Object[] row, LocalDate today) {
        LocalDate reviewOn = date(row[2]);
        Set<ProcessorCondition> met = EnumSet.allOf(ProcessorCondition.class);
        met.removeAll(ProcessorConditions.unmet(names(row[3], ProcessorCondition::valueOf, ProcessorCondition.class),
                names(row[6], AgreementTerm::valueOf, AgreementTerm.class)));
        return new ProcessorSummary(((Number) row[0]).longValue(), (String) row[1], met, reviewOn,
                reviewOn.isBefore(today),
                row[4] == null ? null : ((Number) row[4]).intValue(),
                row[5] == null ? null : AgreementState.valueOf((String) row[5]));
    }

    /** A comma-separated list of enum names from string_agg (null when there are none) as a set. */
    private static <E extends Enum<E>> Set<E> names(Object list, Function<String, E> parse, Class<E> type) {
        Set<E> found = EnumSet.noneOf(type);
        if (list != null) {
            found.addAll(Arrays.stream(((String) list).split(",")).map(parse).collect(Collectors.toSet()));
        }
        return found;
    }

    /** A date column as the driver gives it. */
    private static LocalDate date(Object value) {
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}

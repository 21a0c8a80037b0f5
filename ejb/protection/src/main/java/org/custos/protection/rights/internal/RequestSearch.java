package org.custos.protection.rights.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.domain.protection.RequestPause;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.SearchText;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.RequestDeadlines;
import org.custos.protection.rights.api.RequestQuery;
import org.custos.protection.rights.api.RequestStatus;
import org.custos.protection.rights.api.RequestSummary;

/**
 * The request list, open and closed, paged in SQL: the page's requests read as the columns shown (no entities),
 * the clock stops and the names of those requests in one query each, the calendar's periods and bank holidays
 * once, and the count only when the page does not tell it; however long the page, the same statements. Newest received first, the order of the index of
 * migration 26.
 */
@Dependent
class RequestSearch {

    private static final String ORDER = " order by r.receivedOn desc, r.id desc";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    ComplianceCalendar calendar;

    Page<RequestSummary> page(RequestQuery query) {
        Filter filter = Filter.of(query);
        List<RequestSummary> page = summaries(filter.bind(em.createQuery("select " + RequestRow.COLUMNS
                + " from RightsRequest r" + filter.where + ORDER, Object[].class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()));
        return new Page<>(page, total(query, filter, page.size()));
    }

    /** Every open request, soonest due first (stopped clocks last), read as a page is. */
    List<RequestSummary> open() {
        Filter filter = Filter.of(new RequestQuery(RequestStatus.OPEN, null, null, null, null, 0, 1));
        return summaries(em.createQuery("select " + RequestRow.COLUMNS + " from RightsRequest r" + filter.where
                + ORDER, Object[].class)).stream()
                .sorted(Comparator.comparing(RequestSummary::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private List<RequestSummary> summaries(TypedQuery<Object[]> columns) {
        List<RequestRow> rows = columns.getResultStream().map(RequestRow::of).toList();
        Map<Long, List<RequestPause>> stops = stopsOf(rows.stream().map(RequestRow::id).toList());
        Map<Long, String> names = namesOf(rows.stream().map(RequestRow::subjectId).distinct().toList());
        RequestDeadlines deadlines = calendar.requestDeadlines();
        return rows.stream().map(row -> records.summary(row, stops.getOrDefault(row.id(), List.of()),
                names.getOrDefault(row.subjectId(), RequestRecords.ERASED), deadlines)).toList();
    }

    /** A short page that is not past the end is the last one: the total follows from it without counting. */
    private long total(RequestQuery query, Filter filter, int shown) {
        if (shown < query.pageSize() && (shown > 0 || query.first() == 0)) {
            return (long) query.first() + shown;
        }
        return filter.bind(em.createQuery("select count(r) from RightsRequest r" + filter.where, Long.class))
                .getSingleResult();
    }

    private Map<Long, List<RequestPause>> stopsOf(List<Long> ids) {
        Map<Long, List<RequestPause>> stops = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select p from RequestPause p where p.requestId in :ids order by p.stoppedOn, p.id",
                    RequestPause.class).setParameter("ids", ids).getResultStream().forEach(stop -> stops
                    .computeIfAbsent(stop.requestId(), id -> new ArrayList<>()).add(stop));
        }
        return stops;
    }

    private Map<Long, String> namesOf(List<Long> subjectIds) {
        Map<Long, String> names = new HashMap<>();
        if (!subjectIds.isEmpty()) {
            em.createQuery("select s.id, s.givenNames, s.familyName from DataSubject s where s.id in :ids",
                    Object[].class).setParameter("ids", subjectIds).getResultStream()
                    .forEach(row -> names.put((Long) row[0], row[1] + " " + row[2]));
        }
        return names;
    }

    /** The query's filters as a JPQL where clause and its parameters. */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(RequestQuery query) {
            StringBuilder where = new StringBuilder();
            Map<String, Object> parameters = new HashMap<>();
            if (query.status() != null) {
                where.append(switch (query.status()) {
                    case OPEN -> " and r.respondedOn is null and r.refusedOn is null";
                    case ANSWERED -> " and r.respondedOn is not null";
                    case REFUSED -> " and r.refusedOn is not null";
                });
            }
            if (query.type() != null) {
                where.append(" and r.type = :requestType");
                parameters.put("requestType", query.type());
            }
            if (query.person() != null && !query.person().isBlank()) {
                where.append(" and r.subjectId in (select s.id from DataSubject s where s.searchName like :name")
                        .append(SearchText.ESCAPE).append(")");
                parameters.put("name", SearchText.anywhere(SearchText.folded(query.person())));
            }
            if (query.receivedFrom() != null) {
                where.append(" and r.receivedOn >= :from");
                parameters.put("from", query.receivedFrom());
            }
            if (query.receivedTo() != null) {
                where.append(" and r.receivedOn <= :to");
                parameters.put("to", query.receivedTo());
            }
            return new Filter(where.isEmpty() ? "" : " where" + where.substring(" and".length()), parameters);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}

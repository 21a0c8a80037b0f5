package org.custos.protection.retention.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.holds.api.HeldRecords;
import org.custos.protection.spi.HolderRegistry;
import org.custos.protection.spi.PersonalDataHolder;

/**
 * Why a person's records in a context are held from retention (R6, D5): legal holds in force that cover the
 * context, an open rights request of the person, an open breach that names them, and every context's open cases
 * that concern them (a complaint not yet closed). For a page of people at once, one query per source (the legal
 * holds' words only for the people a hold in force names); in {@link HoldPrecedence the order of precedence}.
 */
@Dependent
class RetentionHolds {

    /** A person's records in one context. */
    record Records(long subjectId, String context) {
    }

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    HeldRecords heldRecords;

    @Inject
    HolderRegistry holders;

    /** The reasons holding each of the person's records; records nothing holds are left out. */
    Map<Records, List<String>> of(Collection<Records> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        Set<Long> people = records.stream().map(Records::subjectId).collect(Collectors.toCollection(HashSet::new));
        String in = people.stream().map(String::valueOf).collect(Collectors.joining(", ")); // numbers only
        Set<Long> legallyHeld = new HashSet<>();
        for (Object id : em.createNativeQuery("select distinct subject_id from prot_legal_hold where lifted_on is null"
                + " and subject_id in (" + in + ")").getResultList()) {
            legallyHeld.add(((Number) id).longValue());
        }
        Map<Long, List<String>> requests = byPerson("select subject_id, received_on from prot_rights_request"
                + " where responded_on is null and refused_on is null and subject_id in (" + in + ")"
                + " order by received_on, id",
                on -> "An open rights request received on " + on + " holds this person's records");
        Map<Long, List<String>> breaches = byPerson("select s.subject_id, b.aware_at from prot_breach_subject s"
                + " join prot_breach b on b.id = s.breach_id where b.closed_at is null and s.subject_id in (" + in
                + ") order by b.aware_at, b.id",
                on -> "An open breach the organisation became aware of on " + on + " names this person");
        Map<Long, List<String>> cases = new HashMap<>();
        for (PersonalDataHolder holder : holders.sorted()) {
            holder.openCasesConcerning(people).forEach((subject, open) -> cases
                    .computeIfAbsent(subject, any -> new ArrayList<>()).addAll(open));
        }
        Map<Records, List<String>> held = new HashMap<>();
        for (Records one : records) {
            List<String> reasons = new HoldPrecedence()
                    .add(HoldPrecedence.Source.LEGAL_HOLD, legallyHeld.contains(one.subjectId())
                            ? heldRecords.keptIn(one.subjectId(), one.context()) : List.of())
                    .add(HoldPrecedence.Source.RIGHTS_REQUEST, requests.get(one.subjectId()))
                    .add(HoldPrecedence.Source.BREACH, breaches.get(one.subjectId()))
                    .add(HoldPrecedence.Source.OPEN_CASE, cases.get(one.subjectId())).reasons();
            if (!reasons.isEmpty()) {
                held.put(one, reasons);
            }
        }
        return held;
    }

    /** What holds one person's records in one context; empty when nothing does. */
    List<String> of(long subjectId, String context) {
        Records one = new Records(subjectId, context);
        return of(List.of(one)).getOrDefault(one, List.of());
    }

    private Map<Long, List<String>> byPerson(String sql, java.util.function.Function<String, String> words) {
        Map<Long, List<String>> found = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] columns = (Object[]) row;
            found.computeIfAbsent(((Number) columns[0]).longValue(), any -> new ArrayList<>())
                    .add(words.apply(OrganisationTime.DAY.format(day(columns[1]))));
        }
        return found;
    }

    private static LocalDate day(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDateTime time) {
            return time.toLocalDate();
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}

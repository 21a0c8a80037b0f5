package org.custos.protection.retention.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What holds a person's records in one context (R6, D5), in the order the reviewer reads it: legal holds first (a
 * decision of the organisation), then open rights requests (the person's own), open breaches that name them, and
 * the open cases of the contexts (a complaint not yet closed). Each reason once; nothing held when there is none.
 */
final class HoldPrecedence {

    /** Where a hold comes from, in the order of precedence. */
    enum Source {
        LEGAL_HOLD, RIGHTS_REQUEST, BREACH, OPEN_CASE
    }

    private final Map<Source, Set<String>> reasons = new EnumMap<>(Source.class);

    HoldPrecedence add(Source source, Collection<String> found) {
        if (found != null && !found.isEmpty()) {
            reasons.computeIfAbsent(source, any -> new LinkedHashSet<>()).addAll(found);
        }
        return this;
    }

    /** Every reason, by precedence, each once. */
    List<String> reasons() {
        Set<String> all = new LinkedHashSet<>();
        reasons.values().forEach(all::addAll);
        return new ArrayList<>(all);
    }

    /** The source that decides: the first by precedence, or none. */
    Source first() {
        return reasons.keySet().stream().findFirst().orElse(null);
    }
}

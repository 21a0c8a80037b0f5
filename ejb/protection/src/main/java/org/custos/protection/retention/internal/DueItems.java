package org.custos.protection.retention.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.protection.spi.RetentionItem;

/**
 * What one context reported due on a run (R6), each record once: an item is the same item whenever a run finds it
 * when its context, record and rule are the same, so the queue holds it once; and an item a reviewer extended comes
 * back to the queue on the day its extension ends if its context still reports it due.
 */
final class DueItems {

    private final Map<String, RetentionItem> byKey = new LinkedHashMap<>();

    DueItems(List<RetentionItem> reported) {
        for (RetentionItem item : reported) {
            byKey.putIfAbsent(key(item.context(), item.recordType(), item.recordId(), item.rule()), item);
        }
    }

    /** The key of an item in the queue: one item per context, record and rule. */
    static String key(String context, String recordType, String recordId, String rule) {
        return String.join("\u001f", context, recordType, recordId, rule);
    }

    /** How many records are due, each counted once. */
    int found() {
        return byKey.size();
    }

    /** The items not yet in the queue, of those whose keys are. */
    List<RetentionItem> notIn(Set<String> queued) {
        return byKey.entrySet().stream().filter(entry -> !queued.contains(entry.getKey())).map(Map.Entry::getValue)
                .toList();
    }

    /**
     * Whether an item extended to {@code extendedUntil} goes back to the queue on {@code today}: its date has come
     * and the context still reports it due.
     */
    boolean backFromExtension(String key, LocalDate extendedUntil, LocalDate today) {
        return extendedUntil != null && !extendedUntil.isAfter(today) && byKey.containsKey(key);
    }
}

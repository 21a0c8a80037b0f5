package org.custos.protection.retention.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.custos.domain.shared.DataContext;
import org.custos.security.api.AuditedRecord;

/**
 * One person's decided items carried out in one context (R6, X2): what its audit entry says. The subject and the
 * items are the entry's subject and record; the detail says what was done there, to how many records, the SHA-256
 * of the record set before anything went, and who decided it: carrying out may start long after the decision, at
 * the server's start or on the nightly run, when no one is signed in, so the entry's actor need not be the reviewer.
 */
record CarriedOutGroup(long subjectId, String context, List<Long> itemIds, Map<String, Integer> itemsByDisposal,
        int records, String recordSetSha256, List<String> decidedBy) implements AuditedRecord {

    private static final int RECORD_ID_MAX = 60;
    private static final int DETAIL_MAX = 500;

    CarriedOutGroup {
        itemIds = List.copyOf(itemIds);
        itemsByDisposal = new TreeMap<>(itemsByDisposal);
        decidedBy = List.copyOf(decidedBy);
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    /** The items carried out, as many as the record id holds. */
    @Override
    public String auditRecordId() {
        StringBuilder ids = new StringBuilder();
        for (Long id : itemIds) {
            String next = (ids.isEmpty() ? "" : ",") + id;
            if (ids.length() + next.length() > RECORD_ID_MAX) {
                break;
            }
            ids.append(next);
        }
        return ids.toString();
    }

    @Override
    public String auditDetail() {
        String done = itemsByDisposal.entrySet().stream()
                .map(entry -> words(entry.getKey()) + " " + entry.getValue() + (entry.getValue() == 1 ? " item"
                        : " items"))
                .collect(Collectors.joining(", "));
        String detail = "Retention decisions carried out in " + DataContext.labelOf(context) + ": " + done + ", "
                + records + (records == 1 ? " record" : " records") + " erased; record set SHA-256 " + recordSetSha256
                + "; decided by " + String.join(", ", decidedBy);
        return detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 1) + "…";
    }

    private static String words(String disposal) {
        return switch (disposal) {
            case "DESTROY" -> "destroyed";
            case "SUMMARISE" -> "summarised";
            case "ANONYMISE" -> "anonymised";
            default -> disposal.toLowerCase(java.util.Locale.ROOT);
        };
    }
}

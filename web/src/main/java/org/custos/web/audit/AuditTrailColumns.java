package org.custos.web.audit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditExport;
import org.custos.web.shell.AuditWords;
import org.custos.web.shell.LocalDateTimeConverter;

/** The columns of the audit trail's files, in words, as the page shows them. */
final class AuditTrailColumns {

    static final List<String> HEADINGS = List.of("Entry", "When", "Who", "What happened", "Person",
            "People shown", "Record", "Outcome", "Detail");

    private AuditTrailColumns() {
    }

    static List<String> of(AuditEntryView entry, AuditWords words) {
        return List.of(Long.toString(entry.position()), LocalDateTimeConverter.shown(entry.occurredAt()),
                Objects.toString(entry.actor(), ""), words.what(entry), entry.person(),
                peopleShown(entry), words.record(entry), words.outcome(entry),
                entry.detail() == null ? "" : entry.detail());
    }

    /** The note a file ends with when the filter matched more entries than one file holds. */
    static String incomplete(AuditExport export) {
        return "This file holds the newest " + export.entries().size() + " of the " + export.matched()
                + " entries the filter matched: narrow the filter to export the others.";
    }

    /** The references of the people a search or list showed, e.g. "1050, 1051". */
    static String peopleShown(AuditEntryView entry) {
        return entry.shownSubjectIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}

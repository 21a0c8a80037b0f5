package org.custos.protection.api;

import java.util.List;

/** What one context holds about one person: one item per record or document. */
public record SubjectDataSection(String context, List<DataItem> items) {

    public SubjectDataSection {
        items = List.copyOf(items);
    }

    /** One record, its fields in display order (label, value). */
    public record DataItem(String recordType, String recordId, List<Field> fields) {
        public DataItem {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String label, String value) {
    }
}

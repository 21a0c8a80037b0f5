package org.custos.protection.rights.internal.response;

import java.util.List;

/**
 * One record in the copy: what it is to the person ({@code about}: "Your application for Office Manager, June
 * 2026"), its fields in display order, and, when other people's data was removed, the reason the DPM recorded
 * ({@code redactionReason}; null when the record is disclosed whole).
 */
public record PackItem(String about, String recordType, String recordId, List<PackField> fields,
        String redactionReason) {

    public PackItem {
        fields = List.copyOf(fields);
    }

    public boolean redacted() {
        return redactionReason != null;
    }
}

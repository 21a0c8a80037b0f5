package org.custos.protection.rights.internal.response;

import java.util.List;

/** One record in the copy, its fields in display order; {@code redacted} when other people's data was removed. */
public record PackItem(String recordType, String recordId, List<PackField> fields, boolean redacted) {

    public PackItem {
        fields = List.copyOf(fields);
    }
}

package org.custos.protection.rights.internal.response;

import java.util.List;

/** What one context (recruitment, staff ...) holds about the person. */
public record PackSection(String context, List<PackItem> items) {

    public PackSection {
        items = List.copyOf(items);
    }
}

package org.custos.protection.internal.rights;

import java.util.List;

/** What one context (recruitment, staff ...) holds about the person. */
public record PackSection(String context, List<PackItem> items) {

    public PackSection {
        items = List.copyOf(items);
    }
}

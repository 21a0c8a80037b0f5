package org.custos.protection.retention.api;

import java.io.Serializable;
import java.time.LocalDate;

/** Which evidence to list: of one context (its key) or all, decided from and to a day (both included) or whenever. */
public record EvidenceFilter(String context, LocalDate from, LocalDate to) implements Serializable {

    public static EvidenceFilter all() {
        return new EvidenceFilter(null, null, null);
    }
}

package org.custos.protection.spi;

import java.time.LocalDate;

/** A record that reached its retention date and waits for review (R6). */
public record RetentionItem(String context, String recordType, String recordId, long subjectId, LocalDate dueOn,
        String rule) {
}

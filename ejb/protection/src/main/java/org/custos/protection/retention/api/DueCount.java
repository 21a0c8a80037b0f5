package org.custos.protection.retention.api;

import java.io.Serializable;
import java.time.YearMonth;

/** What would fall due in one month under one rule of one context: how many records, and of how many people. */
public record DueCount(String context, String contextLabel, String ruleKey, String recordGroup, YearMonth month,
        long records, long people) implements Serializable {
}

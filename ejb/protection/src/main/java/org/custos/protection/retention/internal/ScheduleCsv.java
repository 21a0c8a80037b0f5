package org.custos.protection.retention.internal;

import java.util.List;
import org.custos.domain.shared.CsvFile;
import org.custos.protection.retention.api.ScheduleRule;

/** The retention schedule as CSV ({@link CsvFile}): a row per rule, in words, with the DOMAIN rule it applies. */
final class ScheduleCsv {

    static final List<String> HEADINGS = List.of("Context", "Record group", "Rule", "Counts from", "Period",
            "Policy default", "At the end");

    private ScheduleCsv() {
    }

    static byte[] of(List<ScheduleRule> rules) {
        return CsvFile.of(HEADINGS, rules.stream().map(rule -> List.of(rule.contextLabel(), rule.recordGroup(),
                rule.rule(), rule.countsFrom(), rule.periodWords(), rule.defaultWords(), rule.atEnd())).toList());
    }
}

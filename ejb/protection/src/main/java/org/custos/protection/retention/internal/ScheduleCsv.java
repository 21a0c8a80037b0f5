package org.custos.protection.retention.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.custos.protection.retention.api.ScheduleRule;

/**
 * The retention schedule as CSV (RFC 4180, UTF-8): a row per rule, in words, with the DOMAIN rule it applies. A
 * cell that a spreadsheet would read as a formula ({@code = + - @}, tab, carriage return first) is kept as text with
 * a leading apostrophe, as every CSV export of Custos does.
 */
final class ScheduleCsv {

    static final String HEADER = "Context,Record group,Rule,Counts from,Period,Policy default,At the end";

    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

    private ScheduleCsv() {
    }

    static byte[] of(List<ScheduleRule> rules) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ScheduleRule rule : rules) {
            csv.append(String.join(",", cell(rule.contextLabel()), cell(rule.recordGroup()), cell(rule.rule()),
                    cell(rule.countsFrom()), cell(rule.periodWords()), cell(rule.defaultWords()),
                    cell(rule.atEnd()))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && FORMULA_STARTS.contains(value.charAt(0))) {
            value = "'" + value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}

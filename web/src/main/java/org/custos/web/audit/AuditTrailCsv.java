package org.custos.web.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.custos.security.api.AuditExport;
import org.custos.web.shell.AuditWords;
import org.custos.web.shell.CsvCells;

/**
 * The audit trail's export as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the names):
 * every cell quoted and neutralised ({@link CsvCells}), so no actor's name or detail runs as a formula.
 */
final class AuditTrailCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private AuditTrailCsv() {
    }

    static byte[] of(AuditExport export, AuditWords words) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK).append(line(AuditTrailColumns.HEADINGS));
        export.entries().forEach(entry -> csv.append(line(AuditTrailColumns.of(entry, words))));
        if (!export.complete()) {
            csv.append(line(List.of(AuditTrailColumns.incomplete(export))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(cell -> "\"" + CsvCells.neutralised(cell).replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(",")) + "\r\n";
    }
}

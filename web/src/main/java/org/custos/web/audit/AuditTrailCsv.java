package org.custos.web.audit;

import java.util.ArrayList;
import java.util.List;
import org.custos.domain.shared.CsvFile;
import org.custos.security.api.AuditExport;
import org.custos.web.shell.AuditWords;

/**
 * The audit trail's export as CSV ({@link CsvFile}: quoted, neutralised, with a byte-order mark), so no actor's
 * name or detail runs as a formula; a last line says when the export stopped short.
 */
final class AuditTrailCsv {

    private AuditTrailCsv() {
    }

    static byte[] of(AuditExport export, AuditWords words) {
        List<List<String>> rows = new ArrayList<>(export.entries().stream()
                .map(entry -> AuditTrailColumns.of(entry, words)).toList());
        if (!export.complete()) {
            rows.add(List.of(AuditTrailColumns.incomplete(export)));
        }
        return CsvFile.of(AuditTrailColumns.HEADINGS, rows);
    }
}

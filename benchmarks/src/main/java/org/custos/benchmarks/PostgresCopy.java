package org.custos.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * PostgreSQL's {@code COPY ... FROM STDIN} in CSV, streamed through the JDBC driver's CopyManager; bytes are written
 * in {@code bytea}'s hex form.
 */
final class PostgresCopy implements BulkLoad {

    @Override
    public void load(Connection connection, String table, List<String> columns, Stream<Object[]> rows)
            throws SQLException {
        String copy = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(connection.unwrap(PGConnection.class), copy, 1 << 16), StandardCharsets.UTF_8),
                1 << 16)) {
            rows.forEach(row -> write(out, row));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    private static void write(Writer out, Object[] row) {
        try {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                if (row[i] instanceof byte[] bytes) {
                    out.write("\\x" + HexFormat.of().formatHex(bytes));
                } else if (row[i] != null) {
                    out.write(csv(row[i].toString()));
                }
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quoted when it must be; an empty string is quoted, since CSV's unquoted empty field is NULL. */
    private static String csv(String value) {
        boolean plain = !value.isEmpty() && value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}

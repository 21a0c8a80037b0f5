package org.custos.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** H2 has no {@code COPY} from a client: one prepared insert, sent in batches of {@value #BATCH} rows. */
final class H2Batches implements BulkLoad {

    private static final int BATCH = 5_000;

    @Override
    public void load(Connection connection, String table, List<String> columns, Stream<Object[]> rows)
            throws SQLException {
        String insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            int pending = 0;
            for (Iterator<Object[]> each = rows.iterator(); each.hasNext(); ) {
                Object[] row = each.next();
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            statement.executeBatch();
        }
    }
}

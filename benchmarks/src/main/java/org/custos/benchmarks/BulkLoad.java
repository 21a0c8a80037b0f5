package org.custos.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/** Loads many rows into one table as fast as the database allows. */
interface BulkLoad {

    /**
     * Values are {@code String}, {@code Long}, {@code Integer}, {@code Boolean}, {@code LocalDate},
     * {@code LocalDateTime}, {@code OffsetDateTime}, {@code byte[]} or null.
     */
    void load(Connection connection, String table, List<String> columns, Stream<Object[]> rows) throws SQLException;
}

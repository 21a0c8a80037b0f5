package org.custos.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.custos.security.internal.SeededAuditChain;

/**
 * Years of audit trail in bulk: entries continuing the running application's chain under its own key (the data
 * directory's {@code audit.key}, created first in the application's format if it has none yet), so that its
 * verification walks them as its own. Most entries open a person's record; every {@value #SEARCH_EVERY}th is a
 * search that showed {@value #SHOWN} people (X2). The chain's head row is locked while they are written, so the
 * application appends nothing in between.
 */
final class AuditSeed {

    private static final int SEARCH_EVERY = 20;
    private static final int SHOWN = 10;
    private static final Duration APART = Duration.ofSeconds(15);

    private AuditSeed() {
    }

    /** Appends {@code count} entries about the {@code people} seeded people; returns how long it took. */
    static Duration seed(Database database, Path dataDirectory, int count, int people)
            throws SQLException, IOException {
        long started = System.nanoTime();
        byte[] key = key(dataDirectory.resolve("audit.key"));
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            long position;
            String lastMac;
            try (Statement statement = connection.createStatement(); ResultSet head = statement.executeQuery(
                    "select last_position, last_mac from sec_audit_head where id = 1 for update")) {
                head.next();
                position = head.getLong(1);
                lastMac = head.getString(2);
            }
            long first = position + 1;
            SeededAuditChain chain = new SeededAuditChain(key, position, lastMac);
            // as the application writes them: the database keeps no nanoseconds, and the MAC covers the time
            LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS)
                    .minus(APART.multipliedBy(count + 1L));
            BulkLoad bulk = database.bulk();
            bulk.load(connection, "sec_audit_entry", SeededAuditChain.COLUMNS, IntStream.range(0, count)
                    .mapToObj(i -> entry(chain, start.plus(APART.multipliedBy(i)), first + i, people)));
            bulk.load(connection, "sec_audit_entry_shown", List.of("position", "subject_id"),
                    LongStream.range(first, first + count).boxed().flatMap(at -> shown(at, people).stream()
                            .map(subject -> new Object[] {at, subject})));
            try (PreparedStatement head = connection.prepareStatement("update sec_audit_head set last_position = ?,"
                    + " last_mac = ?, mac = ?, version = version + 1 where id = 1")) {
                head.setLong(1, chain.position());
                head.setString(2, chain.lastMac());
                head.setString(3, chain.headMac());
                head.executeUpdate();
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            connection.commit();
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static Object[] entry(SeededAuditChain chain, LocalDateTime at, long position, int people) {
        List<Long> shown = shown(position, people);
        if (!shown.isEmpty()) {
            return chain.next(at, BenchAccount.HR, "SEARCH", null, "DataSubject", null, "SUCCESS", shown);
        }
        long subject = position % people + 1;
        return chain.next(at, BenchAccount.HR, "READ", subject, "DataSubject", Long.toString(subject), "SUCCESS",
                List.of());
    }

    /** The people the entry at {@code position} showed: none unless it is a search. */
    private static List<Long> shown(long position, int people) {
        if (position % SEARCH_EVERY != 0) {
            return List.of();
        }
        return Stream.iterate(position * 7 % people + 1, id -> id % people + 1).limit(Math.min(SHOWN, people))
                .toList();
    }

    private static byte[] key(Path file) throws IOException {
        if (Files.notExists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
        }
        return Base64.getDecoder().decode(Files.readString(file).trim());
    }
}

package org.custos.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;

/**
 * Test-only: entries appended to the audit chain by SQL, linked and sealed under the application's key as the
 * application links them, so that the chain grows long quickly and stays intact. Every tenth is a search that
 * showed three people (X2). The head row is locked while they are written, as the application's writer locks it.
 */
final class LongChain {

    static final String ACTOR = "long-chain";
    /**
     * Where the ids of the people the entries are about start: far above any id the register's sequence gives, so
     * that no other test's person has entries of this chain.
     */
    static final long PEOPLE = 1_000_000_000_000L;

    private LongChain() {
    }

    /** Appends {@code count} entries; returns the position of the first. */
    static long append(DataSource database, AuditChain chain, int count) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return append(connection, chain, count);
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static long append(Connection connection, AuditChain chain, int count) throws SQLException {
        long position;
        String mac;
        try (Statement statement = connection.createStatement(); ResultSet head = statement.executeQuery(
                "select last_position, last_mac from sec_audit_head where id = 1 for update")) {
            head.next();
            position = head.getLong(1);
            mac = head.getString(2);
        }
        long first = position + 1;
        LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(count);
        try (PreparedStatement entry = connection.prepareStatement("insert into sec_audit_entry (position, version,"
                + " occurred_at, actor, action, subject_id, record_type, record_id, outcome, previous_mac, mac)"
                + " values (?, 0, ?, ?, ?, ?, 'DataSubject', ?, 'SUCCESS', ?, ?)");
                PreparedStatement shown = connection.prepareStatement(
                        "insert into sec_audit_entry_shown (position, subject_id) values (?, ?)")) {
            for (int i = 0; i < count; i++) {
                position++;
                boolean search = position % 10 == 0;
                List<Long> people = search ? List.of(PEOPLE + position + 1, PEOPLE + position + 2,
                        PEOPLE + position + 3) : List.of();
                Long subject = search ? null : PEOPLE + position;
                AuditChain.Link link = new AuditChain.Link(position, at.plusSeconds(i), ACTOR,
                        search ? "SEARCH" : "READ", subject, "DataSubject", search ? null : subject.toString(), null,
                        "SUCCESS", null, people);
                String next = chain.mac(link, mac);
                entry.setLong(1, position);
                entry.setObject(2, link.occurredAt());
                entry.setString(3, ACTOR);
                entry.setString(4, link.action());
                if (subject == null) {
                    entry.setNull(5, Types.BIGINT);
                } else {
                    entry.setLong(5, subject);
                }
                entry.setString(6, link.recordId());
                entry.setString(7, mac);
                entry.setString(8, next);
                entry.addBatch();
                for (Long person : people) {
                    shown.setLong(1, position);
                    shown.setLong(2, person);
                    shown.addBatch();
                }
                mac = next;
            }
            entry.executeBatch();
            shown.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement("update sec_audit_head set last_position = ?,"
                + " last_mac = ?, mac = ?, version = version + 1 where id = 1")) {
            head.setLong(1, position);
            head.setString(2, mac);
            head.setString(3, chain.headMac(position, mac));
            head.executeUpdate();
        }
        connection.commit();
        return first;
    }
}

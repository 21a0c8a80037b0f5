package org.custos.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit chain's entries between two positions, in order, as stored: one forward-only query for the entries and
 * one for the people they showed, read side by side {@value #FETCH} rows at a time, so that millions of entries are
 * walked in one pass without being held, paged or mapped to entities. PostgreSQL fetches in steps only outside
 * autocommit, as in the verification's transaction; otherwise it would read the whole range at once.
 */
final class ChainEntries implements AutoCloseable {

    static final int FETCH = 5000;

    private static final String ENTRIES = "select position, occurred_at, actor, action, subject_id, record_type,"
            + " record_id, purpose_id, outcome, detail, previous_mac, mac from sec_audit_entry"
            + " where position between ? and ? order by position";
    private static final String SHOWN = "select position, subject_id from sec_audit_entry_shown"
            + " where position between ? and ? order by position, subject_id";

    private final PreparedStatement entryQuery;
    private final PreparedStatement shownQuery;
    private final ResultSet entries;
    private final ResultSet shown;
    private boolean shownLeft;
    private final List<Long> shownNow = new ArrayList<>();
    private AuditChain.Link link;
    private String previousMac;
    private String mac;

    private ChainEntries(Connection connection, long from, long to) throws SQLException {
        entryQuery = query(connection, ENTRIES, from, to);
        shownQuery = query(connection, SHOWN, from, to);
        entries = entryQuery.executeQuery();
        shown = shownQuery.executeQuery();
        shownLeft = shown.next();
    }

    /** The entries from position {@code from} to {@code to}, both included. */
    static ChainEntries between(Connection connection, long from, long to) throws SQLException {
        return new ChainEntries(connection, from, to);
    }

    private static PreparedStatement query(Connection connection, String sql, long from, long to)
            throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        query.setFetchSize(FETCH);
        query.setLong(1, from);
        query.setLong(2, to);
        return query;
    }

    /** Moves to the next entry; false after the last. */
    boolean next() throws SQLException {
        if (!entries.next()) {
            return false;
        }
        long position = entries.getLong(1);
        shownNow.clear();
        while (shownLeft && shown.getLong(1) <= position) {
            if (shown.getLong(1) == position) {
                shownNow.add(shown.getLong(2));
            }
            shownLeft = shown.next();
        }
        link = new AuditChain.Link(position, entries.getObject(2, LocalDateTime.class), entries.getString(3),
                entries.getString(4), entries.getObject(5, Long.class), entries.getString(6), entries.getString(7),
                entries.getObject(8, Long.class), entries.getString(9), entries.getString(10), shownNow);
        previousMac = entries.getString(11);
        mac = entries.getString(12);
        return true;
    }

    /** The current entry's content, as its MAC covers it. */
    AuditChain.Link link() {
        return link;
    }

    String previousMac() {
        return previousMac;
    }

    String mac() {
        return mac;
    }

    @Override
    public void close() throws SQLException {
        try (entryQuery; shownQuery; entries; shown) {
            // closes the four, the last opened first
        }
    }
}

package org.custos.security.internal;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.custos.testsupport.Sql;

/**
 * Test-only: the last entries of the audit chain taken away with SQL, as someone with access to the database
 * would, and put back with the head row as it was when they were taken (so later tests find an intact chain).
 * Entries appended meanwhile are dropped again.
 */
final class ChainTail implements AutoCloseable {

    private final DataSource database;
    private final long from;

    private ChainTail(DataSource database, long from) {
        this.database = database;
        this.from = from;
    }

    /** Removes every entry from position {@code from} on; the head row is left as it is. */
    static ChainTail removedFrom(DataSource database, long from) throws SQLException {
        Sql.execute(database, "create table test_tail_head as select * from sec_audit_head");
        Sql.execute(database, "create table test_tail_entry as select * from sec_audit_entry where position >= "
                + from);
        Sql.execute(database, "create table test_tail_shown as select * from sec_audit_entry_shown"
                + " where position >= " + from);
        ChainTail tail = new ChainTail(database, from);
        tail.removeFromTheChain();
        return tail;
    }

    private void removeFromTheChain() throws SQLException {
        Sql.execute(database, "delete from sec_audit_entry_shown where position >= ?", from);
        Sql.execute(database, "delete from sec_audit_entry where position >= ?", from);
    }

    @Override
    public void close() throws SQLException {
        removeFromTheChain();
        Sql.execute(database, "insert into sec_audit_entry select * from test_tail_entry");
        Sql.execute(database, "insert into sec_audit_entry_shown select * from test_tail_shown");
        Sql.execute(database, "update sec_audit_head h set version = t.version, last_position = t.last_position,"
                + " last_mac = t.last_mac, mac = t.mac from test_tail_head t where h.id = t.id");
        Sql.execute(database, "drop table test_tail_head, test_tail_entry, test_tail_shown");
    }
}

package org.custos.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.custos.domain.crypto.EncryptedColumns;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 22: the names of documents on sensitive records are personal data ("Jane Smith sick note.pdf") and are
 * encrypted like the records (X3). It makes room for the ciphertext and encrypts the names already there, bound to
 * their column and row, under the current data key, which the security context installs before migrating.
 */
final class EncryptedDocumentNames extends DataMigration {

    EncryptedDocumentNames() {
        super("22", "encrypted document names");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table sec_sensitive_record alter column document_name set data type text");
        }
        try (Statement rows = connection.createStatement();
                ResultSet row = rows.executeQuery(
                        "select id, document_name from sec_sensitive_record where document_name is not null");
                PreparedStatement update = connection.prepareStatement(
                        "update sec_sensitive_record set document_name = ? where id = ?")) {
            while (row.next()) {
                long id = row.getLong(1);
                update.setString(1, EncryptedColumns.SENSITIVE_RECORD_DOCUMENT_NAME.seal(row.getString(2), id)
                        .ciphertext());
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}

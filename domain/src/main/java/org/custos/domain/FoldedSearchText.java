package org.custos.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BinaryOperator;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.shared.SearchText;
import org.custos.domain.subject.DataSubject;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 19: people's names and campaigns' titles and roles are searched folded ({@link SearchText}). It makes
 * room for folded ligatures (two letters each), adds the campaigns' search column, and folds the rows already
 * there with the application's own rule: SQL has no accent folding that PostgreSQL and H2 share.
 */
final class FoldedSearchText extends DataMigration {

    FoldedSearchText() {
        super("19", "folded search text");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table core_data_subject alter column search_name set data type varchar(802)");
            ddl.execute("alter table rec_campaign add column search_text varchar(802)");
        }
        fold(connection, "core_data_subject", "search_name", "given_names", "family_name", DataSubject::searchName);
        fold(connection, "rec_campaign", "search_text", "title", "job_role", Campaign::searchText);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table rec_campaign alter column search_text set not null");
        }
    }

    private static void fold(Connection connection, String table, String target, String first, String second,
            BinaryOperator<String> rule) throws SQLException {
        try (Statement rows = connection.createStatement();
                ResultSet row = rows.executeQuery("select id, " + first + ", " + second + " from " + table);
                PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set " + target + " = ? where id = ?")) {
            while (row.next()) {
                update.setString(1, rule.apply(row.getString(2), row.getString(3)));
                update.setLong(2, row.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}

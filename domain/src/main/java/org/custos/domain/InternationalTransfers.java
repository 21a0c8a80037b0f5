package org.custos.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.custos.domain.shared.Countries;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 53: international transfers (issue 16). The countries of processors and sub-processors become ISO 3166
 * codes beside the text typed (read from the rows already there with the application's own {@link Countries}
 * rule; a word that names no country stays in the text only, shown as typed); the UK's adequacy list is seeded as
 * it stands in 2026; each organisation's transfers per country hold their mechanism and risk assessment.
 */
final class InternationalTransfers extends DataMigration {

    /** The EEA (the EU and Iceland, Liechtenstein, Norway), as the UK's adequacy regulations cover it. */
    private static final List<String> EEA = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO");
    private static final List<String> OTHERS = List.of("GI", "AD", "AR", "CA", "FO", "GG", "IM", "IL", "JP", "JE",
            "NZ", "KR", "CH", "UY", "US");
    private static final Map<String, String> CONDITIONS = Map.of(
            "CA", "Commercial organisations subject to PIPEDA only.",
            "JP", "Private-sector organisations under the APPI only.",
            "US", "The UK extension to the Data Privacy Framework: organisations certified for it only.");

    InternationalTransfers() {
        super("53", "international transfers");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create table rel_processor_country (processor_id bigint not null references rel_processor"
                    + " (id), country varchar(2) not null, primary key (processor_id, country))");
            ddl.execute("create table rel_sub_processor_country (sub_processor_id bigint not null references"
                    + " rel_sub_processor (id), country varchar(2) not null, primary key (sub_processor_id, country))");
            ddl.execute("create table rel_adequate_country (country varchar(2) primary key, version bigint not null,"
                    + " conditions varchar(500), recorded_by varchar(100) not null, recorded_at timestamp not null)");
            ddl.execute("create table rel_transfer (id bigint primary key, version bigint not null,"
                    + " organisation_id bigint not null references rel_organisation (id), country varchar(2) not null,"
                    + " mechanism varchar(30), exception_used varchar(40), exception_reason varchar(1000),"
                    + " assessed_on date, assessment_outcome varchar(1000), assessment_document varchar(300),"
                    + " recorded_by varchar(100) not null, recorded_at timestamp not null,"
                    + " constraint rel_transfer_once unique (organisation_id, country))");
        }
        try (PreparedStatement seed = connection.prepareStatement("insert into rel_adequate_country (country,"
                + " version, conditions, recorded_by, recorded_at) values (?, 0, ?, 'Custos', current_timestamp)")) {
            for (String country : Stream.concat(EEA.stream(), OTHERS.stream()).toList()) {
                seed.setString(1, country);
                seed.setString(2, CONDITIONS.get(country));
                seed.addBatch();
            }
            seed.executeBatch();
        }
        read(connection, "rel_processor", "rel_processor_country", "processor_id");
        read(connection, "rel_sub_processor", "rel_sub_processor_country", "sub_processor_id");
    }

    private static void read(Connection connection, String table, String codes, String key) throws SQLException {
        try (Statement rows = connection.createStatement();
                ResultSet row = rows.executeQuery("select id, countries from " + table);
                PreparedStatement insert = connection.prepareStatement(
                        "insert into " + codes + " (" + key + ", country) values (?, ?)")) {
            while (row.next()) {
                for (String code : Countries.read(row.getString(2)).codes()) {
                    insert.setLong(1, row.getLong(1));
                    insert.setString(2, code);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}

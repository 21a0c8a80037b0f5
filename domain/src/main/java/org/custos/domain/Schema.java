package org.custos.domain;

import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The database schema: Flyway migrations in {@code db/migration}, run on PostgreSQL and on H2 in PostgreSQL mode,
 * and the few that need the application's own rules in Java beside this class. EclipseLink never generates DDL.
 * The data keys ({@link org.custos.domain.crypto.DataKeys}) must be installed first: a migration may encrypt.
 */
public final class Schema {

    private Schema() {
    }

    /**
     * Brings the schema up to date.
     *
     * @param today the date seeded defaults (for example purposes' review dates) are counted from
     */
    public static void migrate(DataSource dataSource, LocalDate today) {
        migrations(dataSource, today).load().migrate();
    }

    static FluentConfiguration migrations(DataSource dataSource, LocalDate today) {
        return Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new FoldedSearchText(), new EncryptedDocumentNames(), new SearchIndexes(),
                        new InternationalTransfers())
                .placeholders(Map.of("seedReviewDate", today.plusYears(1).toString()));
    }
}

package org.custos.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.custos.domain.Schema;

/**
 * Brings the schema up to date before anything else runs (security is the context every other one uses), once the
 * data keys are installed: a migration may encrypt (migration 22 encrypts document names).
 */
@Singleton
@Startup
@DependsOn("DataKeyConfiguration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    @Resource(lookup = "jdbc/custos")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @PostConstruct
    void migrate() {
        Schema.migrate(dataSource, LocalDate.now(clock));
    }
}

package org.custos.benchmarks;

import java.sql.SQLException;
import org.custos.domain.shared.Role;
import org.custos.testsupport.TestAccounts;

/** The accounts the HTTP journeys log in with: HR's, the DPM's and a hiring manager's. */
final class BenchAccount {

    static final String HR = "bench-hr";
    static final String DPM = "bench-dpm";
    static final String HIRING_MANAGER = "bench-hm";
    static final String PASSWORD = "quartz-lantern-harbour-1313";

    private BenchAccount() {
    }

    static void create(Database database, String username, Role role) throws SQLException {
        TestAccounts.open(database.dataSource(), username, "Benchmark " + role.label(), role, PASSWORD);
    }
}

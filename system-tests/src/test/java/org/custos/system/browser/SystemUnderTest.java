package org.custos.system.browser;

import org.custos.system.server.EarDeployment;
import org.custos.system.server.PayaraServerSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The EAR as built ({@code ear/target/custos.ear}) on the system tests' Payara Server, whose first administrator
 * comes from configuration (the setup-link path is the run command's, proven by {@code RunScriptIT}). The browser
 * journeys only drive pages, so the EAR is deployed once for all of them rather than once per class: each journey
 * works with accounts and records of its own, named after its run, so two journeys can run at once
 * ({@code -Pbrowser -Dcustos.browser.parallel=true}, system-tests/pom.xml). What journeys share is locked: the
 * settings and the organisation's details ({@link #SETTINGS}), the purposes' records of processing
 * ({@link #PURPOSES}); a journey that acts on everything (the data keys, a retention run) is {@code @Isolated}.
 */
final class SystemUnderTest implements BeforeAllCallback {

    /** The settings (periods, holidays, the organisation's details on letters): some journeys change them. */
    static final String SETTINGS = "custos.settings";
    /** The purposes' screening and record of processing (Art. 30), which one journey changes and another downloads. */
    static final String PURPOSES = "custos.purposes";

    private static boolean deployed;

    @Override
    public void beforeAll(ExtensionContext context) {
        deployOnce();
    }

    private static synchronized void deployOnce() {
        if (!deployed) {
            PayaraServerSession.startOnce();
            PayaraServerSession.deploy(EarDeployment.asBuilt());
            deployed = true;
        }
    }

    static String baseUrl() {
        return System.getProperty("custos.test.base.url");
    }

    static String adminUser() {
        return System.getProperty("custos.test.admin.user");
    }

    static String adminPassword() {
        return System.getProperty("custos.test.admin.password");
    }
}

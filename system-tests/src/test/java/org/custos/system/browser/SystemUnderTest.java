package org.custos.system.browser;

import org.custos.system.server.EarDeployment;
import org.custos.system.server.PayaraServerSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The EAR as built ({@code ear/target/custos.ear}) on the system tests' Payara Server, whose first administrator
 * comes from configuration (the setup-link path is the run command's, proven by {@code RunScriptIT}). The browser
 * journeys only drive pages, so the EAR is deployed once for all of them rather than once per class: each journey
 * works with accounts and records of its own, named after its run.
 */
final class SystemUnderTest implements BeforeAllCallback {

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

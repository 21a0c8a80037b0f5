package org.custos.system.browser;

import org.custos.system.server.EarDeployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The EAR under test on the system tests' Payara Server, whose first administrator comes from configuration
 * (the setup-link path is the run command's, proven by {@code RunScriptIT}).
 */
final class SystemUnderTest {

    private SystemUnderTest() {
    }

    static EnterpriseArchive ear() {
        return EarDeployment.asBuilt();
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

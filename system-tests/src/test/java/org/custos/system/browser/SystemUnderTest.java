package org.custos.system.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/**
 * Where the EAR under test runs and how its first administrator comes to be: through the one-time setup link
 * in the server log when the log is given ({@code custos.test.server.log}), otherwise an administrator that
 * exists already ({@code custos.test.admin.user}, {@code custos.test.admin.password}).
 */
final class SystemUnderTest {

    static final String ADMIN_PASSWORD = "slate-meadow-4711";
    private static final Pattern SETUP_LINK = Pattern.compile("Custos first-administrator setup: (\\S+?)(\\]|\\s|$)");

    private SystemUnderTest() {
    }

    static String baseUrl() {
        return System.getProperty("custos.test.base.url", "http://127.0.0.1:8080/custos");
    }

    /** User name and password of an administrator, creating the first one through the setup link if need be. */
    static String[] firstAdministrator(Browser browser) {
        String log = System.getProperty("custos.test.server.log");
        if (log == null) {
            return new String[] {System.getProperty("custos.test.admin.user"),
                    System.getProperty("custos.test.admin.password")};
        }
        String link = setupLink(Path.of(log));
        String setupPath = link.substring(link.indexOf("/setup.xhtml"));
        browser.open(baseUrl() + setupPath);
        browser.assertEveryFieldIsLabelled();
        browser.type(By.id("setup:username"), "first.admin");
        browser.type(By.id("setup:displayName"), "First Administrator");
        browser.type(By.id("setup:password"), ADMIN_PASSWORD);
        browser.type(By.id("setup:confirmation"), ADMIN_PASSWORD);
        browser.click(By.id("setup:create"));
        browser.waitForText(By.cssSelector(".ui-messages"), "was created");
        return new String[] {"first.admin", ADMIN_PASSWORD};
    }

    private static String setupLink(Path log) {
        try {
            Matcher last = null;
            for (String line : Files.readAllLines(log)) {
                Matcher match = SETUP_LINK.matcher(line);
                if (match.find()) {
                    last = match;
                }
            }
            if (last == null) {
                throw new IllegalStateException("No setup link in " + log);
            }
            return last.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

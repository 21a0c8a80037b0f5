package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.text;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A member of staff and their own record in a real browser (A1, X1, X6, D5): the administrator gives an account the
 * role of member of staff and the DPM confirms it; HR opens the person's staff file and links the account to it; the
 * member of staff sees their file, reports a new address (refused first without the detail chosen, nothing typed
 * lost); HR applies it from the home page; the member of staff sees the new address and that it was applied, and no
 * staff pages of HR's.
 */
@ExtendWith(SystemUnderTest.class)
class StaffSelfServiceBrowserIT {

    private static final String PASSWORD = "harbour-kestrel-4172";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.self." + run;
    private final String worker = "ada.self." + run;
    private final String family = "Worker" + run.toUpperCase(Locale.ROOT);

    @Test
    void aMemberOfStaffSeesTheirFileReportsANewAddressAndSeesItOnceHrAppliedIt_A1_X1() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(hr, "Hera Self", "HR staff"),
                    new Browser.Account(worker, "Ada " + family, "Member of staff"));
            browser.logIn(hr, PASSWORD);
            String file = openTheFileAndLinkTheAccount(browser);
            browser.logOut();

            browser.logIn(worker, PASSWORD);
            reportANewAddress(browser);
            browser.open(file);
            browser.waitForText(By.id("denied"), "You are not allowed to open this page.");
            browser.logOut();

            browser.logIn(hr, PASSWORD);
            browser.open("/");
            browser.click(By.xpath("//tbody[@id='change-reports:table_data']/tr[contains(., '" + family
                    + "')]//button[contains(@id, ':apply')]"));
            browser.waitForText(By.id("messages"), "The change to Address line 1 of Ada " + family + " is applied.");
            browser.logOut();

            browser.logIn(worker, PASSWORD);
            browser.click(By.linkText("Your staff record"));
            browser.waitForText(By.id("details"), "12 Harbour Road");
            browser.waitForText(By.id("reports"), "Applied on");
        }
    }

    /** HR opens the file of a new person and links the confirmed account to them; returns the file's address. */
    private String openTheFileAndLinkTheAccount(Browser browser) {
        browser.open("/staff/open.xhtml");
        browser.type(By.id("open:person-given"), "Ada");
        browser.type(By.id("open:person-family"), family);
        browser.type(By.id("open:job-title"), "Archivist");
        browser.type(By.id("open:start_input"), "01/02/2024");
        browser.click(By.id("open:open-file"));
        browser.waitForText(By.id("status"), "Archivist, employee, since 1 February 2024.");
        String file = browser.driver().getCurrentUrl();
        browser.openPageTab("Own record");
        browser.waitForText(By.id("linked-account"), "No account is linked");
        browser.assertEveryFieldIsLabelled();
        browser.choose("tabs:own-account:account", "Ada " + family + " (" + worker + ")");
        browser.click(By.id("tabs:own-account:link"));
        browser.waitForText(By.id("linked-account"), "The account " + worker
                + " sees this person's own record, linked by " + hr);
        return file;
    }

    private void reportANewAddress(Browser browser) {
        browser.click(By.linkText("Your staff record"));
        browser.waitForText(By.id("status"), "Ada " + family + ": Archivist, employee, since 1 February 2024.");
        browser.waitForText(By.id("details"), "Archivist");
        assertTrue(browser.driver().findElements(By.linkText("Staff")).isEmpty(), "no Staff in their menu");
        browser.assertEveryFieldIsLabelled();
        browser.assertNothingTypedIsLost(By.id("report:send"), "Choose the detail to change.",
                text("report:value", "12 Harbour Road"));
        browser.choose("report:detail", "Address line 1 (The person's record in the register)");
        browser.click(By.id("report:send"));
        browser.waitForText(By.id("messages"), "Your change to Address line 1 is reported");
        browser.waitForText(By.id("reports"), "Waiting for HR");
    }
}

package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.custos.testsupport.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * The foundation's main journey in a real browser against the EAR on Payara Server: the first administrator
 * opens accounts for HR and the DPM; HR registers a person and finds them again; HR is refused the accounts page;
 * the DPM sees in a verified audit chain who did what, in words, exports it to CSV and PDF, and is told plainly
 * when a setting is not a period. Each page names the account signed in by its name.
 */
@ResourceLock(SystemUnderTest.SETTINGS)
@ExtendWith(SystemUnderTest.class)
class FoundationJourneyBrowserIT {

    private static final String PASSWORD = "copper-lantern-88";

    /** An enum constant or an entity's name, as the pages must never show them. */
    private static final Pattern CODES = Pattern.compile(
            "\\b[A-Z]{2,}_[A-Z_]+\\b|\\b(CREATE|READ|SEARCH|SUCCESS|DENIED)\\b|DataSubject|SensitiveRecord");

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr." + run;
    private final String dpm = "dpm." + run;
    private final String family = "Lovelace" + run.toUpperCase(Locale.ROOT);

    @Test
    void administratorOpensAccountsHrRegistersAndFindsAPersonAndTheDpmSeesWhoDidWhatInWordsAndExportsIt_X1_X2_S1()
            throws Exception {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.openAccounts(PASSWORD,
                    new Browser.Account(hr, "Harriet Rowe", "HR staff"),
                    new Browser.Account(dpm, "Dana Marsh", "Data Protection Manager"));
            aRefusedNewAccountKeepsItsDialogOpenWithTheMessageAndWhatWasTyped(browser);

            browser.logIn(hr, PASSWORD);
            assertEquals("Harriet Rowe", browser.visible(By.id("signed-in-as")).getText(), "the account's name");
            browser.open("/people/edit.xhtml");
            browser.assertEveryFieldIsLabelled();
            browser.type(By.id("person:givenNames"), "Ada");
            browser.type(By.id("person:familyName"), family);
            browser.type(By.id("person:emails"), "ada." + run + "@example.org");
            browser.type(By.id("person:town"), "<b>Leeds</b>");
            browser.click(By.xpath("//label[text()='Job applicant']"));
            browser.click(By.id("person:save"));
            browser.waitForText(By.id("person-name"), "Ada " + family);
            assertTrue(browser.driver().getPageSource().contains("&lt;b&gt;Leeds&lt;/b&gt;"),
                    "HTML typed into a field is shown as text");

            browser.open("/people/search.xhtml");
            browser.assertEveryFieldIsLabelled();
            browser.type(By.id("search:name"), family.toLowerCase(Locale.ROOT));
            browser.click(By.id("search:find"));
            browser.waitForText(By.id("search:people"), family + ", Ada");
            browser.click(By.linkText(family + ", Ada"));
            browser.waitForText(By.id("person-name"), "Ada " + family);
            browser.waitForText(By.id("history"), "Ada " + family + "'s record recorded");

            browser.open("/admin/accounts.xhtml");
            browser.waitForText(By.id("denied"), "You are not allowed to open this page.");
            browser.open("/");
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            browser.open("/audit/trail.xhtml");
            browser.assertEveryFieldIsLabelled();
            browser.type(By.id("audit:actor"), hr);
            browser.click(By.id("audit:filter"));
            browser.waitForText(By.id("audit:entries"), "Person's record recorded");
            browser.waitForText(By.id("audit:entries"), "Access refused");
            String entries = browser.visible(By.id("audit:entries")).getText();
            assertFalse(CODES.matcher(entries).find(), "the audit trail speaks in words: " + entries);
            browser.click(By.id("audit:export-csv"));
            String csv = new String(browser.downloaded(".csv"), StandardCharsets.UTF_8);
            assertTrue(csv.contains("\"Access refused\"") && !CODES.matcher(csv).find(), csv);
            browser.click(By.id("audit:export-pdf"));
            String pdf = PdfText.of(browser.downloaded(".pdf"));
            assertTrue(pdf.contains("by " + hr) && pdf.contains("Exported by Dana Marsh"), pdf);
            browser.click(By.id("audit:verify"));
            browser.waitForText(By.id("chain-result"), "The chain is intact");

            browser.open("/settings/list.xhtml");
            browser.assertEveryFieldIsLabelled();
            assertEquals("1 month", browser.visible(By.id("settings:table:0:value")).getAttribute("value"),
                    "periods in words");
            browser.type(By.id("settings:table:0:value"), "soon");
            browser.click(By.id("settings:table:0:save"));
            browser.waitForText(By.id("messages"), "Enter the period in words, such as 1 month");
            assertEquals("soon", browser.visible(By.id("settings:table:0:value")).getAttribute("value"),
                    "what was typed stays");
            browser.type(By.id("settings:table:0:value"), "2 months");
            browser.click(By.id("settings:table:0:save"));
            browser.waitForText(By.id("messages"), "Time to answer a rights request: 2 months.");
            browser.type(By.id("settings:table:0:value"), "");
            browser.click(By.id("settings:table:0:save"));
            browser.waitForText(By.id("messages"), "Time to answer a rights request: 1 month (the default).");
            browser.type(By.id("holidays:day_input"), "12/06/2031");
            browser.type(By.id("holidays:name"), "Royal jubilee");
            browser.click(By.id("holidays:add"));
            browser.waitForText(By.id("holidays:added"), "Royal jubilee");
            browser.click(By.id("holidays:added:0:remove"));
            browser.waitForText(By.id("holidays:added"), "No day added.");
        }
    }

    /** A refusal by the server keeps the dialog open, with its message and what was typed (nothing typed is lost). */
    private void aRefusedNewAccountKeepsItsDialogOpenWithTheMessageAndWhatWasTyped(Browser browser) {
        browser.logIn(SystemUnderTest.adminUser(), SystemUnderTest.adminPassword());
        browser.open("/admin/accounts.xhtml");
        browser.click(By.id("accounts:new-account"));
        browser.type(By.id("create:username"), hr);
        browser.type(By.id("create:displayName"), "Harriet Rowe again");
        browser.type(By.id("create:password"), PASSWORD);
        browser.click(By.xpath("//form[@id='create']//label[text()='HR staff']"));
        browser.click(By.id("create:create-account"));
        browser.waitForText(By.id("create"), "The user name " + hr + " is already taken.");
        assertTrue(browser.visible(By.id("create-dialog")).isDisplayed(), "the dialog stays open");
        assertEquals("Harriet Rowe again", browser.driver().findElement(By.id("create:displayName"))
                .getAttribute("value"));
        browser.open("/");
        browser.logOut();
    }
}

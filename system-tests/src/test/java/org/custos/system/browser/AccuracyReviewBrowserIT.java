package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custos.domain.shared.OrganisationTime;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;

/**
 * Accuracy reviews in a real browser (A1): HR opens a member of staff's file and links their account; two years on
 * (the file's opening moved back in the database, as no page can) HR's home page lists their personal details as
 * never confirmed; the member of staff is asked on their own record to check them, confirms they are still right,
 * is asked no more, and HR's list no longer names them.
 */
@ResourceLock(SystemUnderTest.SETTINGS)
@ExtendWith(SystemUnderTest.class)
class AccuracyReviewBrowserIT {

    private static final String PASSWORD = "lantern-meadow-5830";
    private static final Pattern FILE_ID = Pattern.compile("[?&]id=(\\d+)");

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.accuracy." + run;
    private final String worker = "ida.accuracy." + run;
    private final String name = "Ida Checker" + run.toUpperCase(Locale.ROOT);

    @Test
    void aMemberOfStaffAskedToCheckTheirDetailsConfirmsThemAndHrsStaleListNoLongerNamesThem_A1() throws Exception {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(hr, "Hugo Accuracy", "HR staff"),
                    new Browser.Account(worker, name, "Member of staff"));
            browser.logIn(hr, PASSWORD);
            long file = openTheFileAndLinkTheAccount(browser);
            LocalDate opened = LocalDate.now(OrganisationTime.ZONE).minusYears(2);
            Sql.execute(TestPostgres.dataSource(), "update stf_staff_file set opened_at = ? where id = ?",
                    opened.atTime(9, 0), file);
            browser.open("/");
            browser.waitForText(By.xpath("//form[@id='stale-records']//tr[contains(., '" + name + "')]"),
                    "Personal and contact details");
            browser.logOut();

            browser.logIn(worker, PASSWORD);
            browser.click(By.linkText("Your staff record"));
            browser.waitForText(By.id("reviews"), "Please check your personal and contact details: not confirmed"
                    + " since your staff file was opened on " + OrganisationTime.DAY.format(opened) + ".");
            browser.click(By.xpath("//form[@id='reviews']//button[contains(@id, ':confirm')]"));
            browser.waitForText(By.id("messages"), "Thank you: your personal and contact details are confirmed as"
                    + " still right.");
            assertTrue(browser.driver().findElements(By.id("reviews")).isEmpty(), "asked no more");
            browser.logOut();

            browser.logIn(hr, PASSWORD);
            browser.open("/");
            browser.waitForText(By.tagName("h1"), "Home");
            assertTrue(browser.driver().findElements(By.xpath("//form[@id='stale-records']//tr[contains(., '"
                    + name + "')]")).isEmpty(), "confirmed, so no longer stale");
            setHowOftenPersonalDetailsAreChecked(browser);
        }
    }

    /** HR sets how often personal details are checked, refused in words first; then back to the default. */
    private static void setHowOftenPersonalDetailsAreChecked(Browser browser) {
        browser.open("/staff/list.xhtml");
        browser.click(By.id("review-intervals"));
        browser.assertEveryFieldIsLabelled();
        By row = By.xpath("//tbody[@id='settings:table_data']/tr[contains(., 'personal and contact details')]");
        By value = new ByChained(row, By.tagName("input"));
        browser.type(value, "now and then");
        browser.click(new ByChained(row, By.tagName("button")));
        browser.waitForText(By.id("messages"), "Enter the period in words, such as 1 month");
        browser.type(value, "2 years");
        browser.click(new ByChained(row, By.tagName("button")));
        browser.waitForText(By.id("messages"), "personal and contact details every: 2 years.");
        browser.type(value, "");
        browser.click(new ByChained(row, By.tagName("button")));
        browser.waitForText(By.id("messages"), "(the default)");
    }

    /** HR opens the file of a new person and links the member of staff's account to it; returns the file's id. */
    private long openTheFileAndLinkTheAccount(Browser browser) {
        browser.open("/staff/open.xhtml");
        browser.type(By.id("open:person-given"), "Ida");
        browser.type(By.id("open:person-family"), name.substring("Ida ".length()));
        browser.type(By.id("open:job-title"), "Registrar");
        browser.type(By.id("open:start_input"), "01/03/2024");
        browser.click(By.id("open:open-file"));
        browser.waitForText(By.id("status"), "Registrar, employee, since 1 March 2024.");
        Matcher id = FILE_ID.matcher(browser.driver().getCurrentUrl());
        assertTrue(id.find(), browser.driver().getCurrentUrl());
        browser.openPageTab("Own record");
        browser.choose("tabs:own-account:account", name + " (" + worker + ")");
        browser.click(By.id("tabs:own-account:link"));
        browser.waitForText(By.id("linked-account"), "The account " + worker + " sees this person's own record");
        return Long.parseLong(id.group(1));
    }
}

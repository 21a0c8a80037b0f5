package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.2 AA beyond the other journeys' pages: every page of the administrator's and the DPM's menus passes
 * axe-core ({@link Browser#close()}, on every page opened), at 400 px too; a keyboard user sees where the focus is,
 * a dialog keeps the focus inside it and gives it back to the button that opened it (the accounts dialog, the
 * confirmation of a refusal, the response review's item editor on Escape); HR records a person and the DPM acts on a rights request by keyboard alone; at
 * 400 px the page does not scroll sideways, its tables scroll within themselves. The administrator gives an
 * account an email address for its reminders, and the settings page says whether reminders are on.
 */
@ResourceLock(SystemUnderTest.SETTINGS)
@ExtendWith(SystemUnderTest.class)
class AccessibilityJourneyBrowserIT {

    private static final String PASSWORD = "willow-parcel-53";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String dpm = "dpm.a11y." + run;
    private final String hr = "hr.a11y." + run;
    private final String family = "Access" + run.toUpperCase(Locale.ROOT);

    @Test
    void everyPageOfTheAdministratorAndTheDpmPassesAxeAndWorksByKeyboardAndAt400Pixels() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(dpm, "Dana Quill", "Data Protection Manager"),
                    new Browser.Account(hr, "Hugo Tab", "HR staff"));
            browser.logIn(SystemUnderTest.adminUser(), SystemUnderTest.adminPassword());
            browser.open("/admin/accounts.xhtml");
            aDialogKeepsTheFocusAndGivesItBackToItsButton(browser);
            anAccountGetsAnEmailAddressForItsReminders(browser);
            for (String page : List.of("/admin/keys.xhtml", "/purposes/list.xhtml", "/account/own.xhtml")) {
                browser.open(page);
            }
            browser.open("/settings/list.xhtml");
            browser.waitForText(By.id("reminder-status"), "Email reminders are off: no mail server is configured");
            browser.open("/");
            browser.logOut();

            browser.logIn(hr, PASSWORD);
            hrRecordsAPersonByKeyboardAlone(browser);
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            theDpmActsOnARightsRequestByKeyboardAlone(browser);
            for (String page : List.of("/people/search.xhtml", "/requests/list.xhtml", "/requests/new.xhtml",
                    "/approvals/list.xhtml", "/confirmations/list.xhtml", "/grants/list.xhtml", "/breaches/list.xhtml",
                    "/breaches/edit.xhtml", "/campaigns/list.xhtml", "/staff/list.xhtml", "/settings/list.xhtml",
                    "/purposes/dpia.xhtml?id=1")) {
                browser.open(page);
            }
            browser.open("/audit/trail.xhtml");
            browser.click(By.id("audit:filter"));
            atFourHundredPixelsTheTableScrollsWithinItselfAndThePageDoesNot(browser);
        }
    }

    /** Keyboard only: Tab to the button, Enter opens the dialog, Tab stays inside it, Escape gives focus back. */
    private void aDialogKeepsTheFocusAndGivesItBackToItsButton(Browser browser) {
        browser.tabTo("accounts:new-account");
        browser.press(Keys.ENTER);
        browser.visible(By.id("create:username"));
        browser.assertTabStaysIn("create-dialog", 12);
        browser.press(Keys.ESCAPE);
        browser.waitUntilHidden(By.id("create-dialog"));
        browser.waitForFocusOn("accounts:new-account");
    }

    /** Keyboard only: HR fills in the register's form, ticks a category with Space and saves with Enter. */
    private void hrRecordsAPersonByKeyboardAlone(Browser browser) {
        browser.open("/people/edit.xhtml");
        browser.tabTo("person:givenNames");
        browser.press("Kay");
        browser.tabTo("person:familyName");
        browser.press(family);
        String applicant = browser.driver().findElement(By.xpath("//form[@id='person']//label[text()='Job applicant']"))
                .getAttribute("for");
        browser.tabTo(applicant);
        browser.press(Keys.SPACE);
        assertTrue(browser.driver().findElement(By.id(applicant)).isSelected(), "Space ticks the category");
        browser.tabTo("person:save");
        browser.press(Keys.ENTER);
        browser.waitForText(By.id("person-name"), "Kay " + family);
    }

    /**
     * The DPM logs a request, then by keyboard alone records that no identity check is needed and refuses it:
     * the confirmation keeps the focus, Escape gives it back to the button, Yes refuses.
     */
    private void theDpmActsOnARightsRequestByKeyboardAlone(Browser browser) {
        browser.open("/requests/new.xhtml");
        browser.type(By.id("request:person-given"), "Ray");
        browser.type(By.id("request:person-family"), family);
        browser.choose("request:category", "Job applicant");
        browser.choose("request:type", "Access (a copy of the data)");
        browser.choose("request:channel", "Email");
        browser.type(By.id("request:asked"), "A copy of what you hold");
        browser.type(By.id("request:received_input"),
                LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.click(By.id("request:log"));
        browser.waitForText(By.id("due"), " days left");

        browser.tabTo("identity-stage:no-check-reason");
        browser.press("Asked in person at reception");
        browser.tabTo("identity-stage:no-check-needed");
        browser.press(Keys.ENTER);
        browser.waitForText(By.id("identity"), "No check needed");
        theReviewEditorClosesOnEscapeAndGivesTheFocusBack(browser);
        browser.tabTo("respond:ground");
        browser.press(Keys.ARROW_DOWN);
        assertNotEquals("Choose", browser.driver().findElement(By.id("respond:ground_label")).getText(),
                "the arrow key chooses a ground");
        browser.tabTo("respond:reasons");
        browser.press("The request repeats one answered last month");
        browser.tabTo("respond:refuse");
        browser.press(Keys.ENTER);
        By confirmation = By.cssSelector(".ui-confirm-dialog");
        String dialog = browser.visible(confirmation).getAttribute("id");
        browser.assertTabStaysIn(dialog, 4);
        browser.press(Keys.ESCAPE);
        browser.waitUntilHidden(confirmation);
        browser.waitForFocusOn("respond:refuse");
        browser.press(Keys.ENTER);
        browser.visible(confirmation);
        browser.tabTo("confirm-dialog:yes");
        browser.press(Keys.ENTER);
        browser.waitForText(By.id("state"), "Refused on");
    }

    /**
     * Keyboard only: Enter on an item's Review opens its editor with the focus inside; Escape closes it and gives the
     * focus back to Review.
     */
    private void theReviewEditorClosesOnEscapeAndGivesTheFocusBack(Browser browser) {
        browser.click(By.id("review:compile"));
        browser.waitForText(By.id("compile-state"), "Compiled");
        browser.tabTo("review:items:0:edit");
        browser.press(Keys.ENTER);
        browser.waitForFocusOn("review:items:0:fields:0:redacted");
        browser.press("[withheld]");
        browser.press(Keys.ESCAPE);
        browser.waitUntilHidden(By.id("review:items:0:editor"));
        browser.waitForFocusOn("review:items:0:edit");
        browser.assertFocusIsVisible();
    }

    private void anAccountGetsAnEmailAddressForItsReminders(Browser browser) {
        By row = By.xpath("//tbody[@id='accounts:table_data']/tr[contains(., '" + dpm + "')]");
        browser.click(By.xpath("//tbody[@id='accounts:table_data']/tr[contains(., '" + dpm + "')]//button"
                + "[normalize-space(.)='Change roles, email or password']"));
        browser.type(By.id("edit:edit-email"), "dana.quill");
        browser.click(By.id("edit:save-email"));
        browser.waitForText(By.id("edit"), "Enter an email address such as name@example.org, or leave it empty.");
        browser.type(By.id("edit:edit-email"), dpm + "@example.org");
        browser.click(By.id("edit:save-email"));
        browser.waitForText(By.id("messages"), "Reminders for " + dpm + " go to " + dpm + "@example.org.");
        browser.waitForText(row, dpm + "@example.org");
    }

    private void atFourHundredPixelsTheTableScrollsWithinItselfAndThePageDoesNot(Browser browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        browser.driver().manage().window().setSize(new Dimension(400, 900));
        browser.visible(By.cssSelector("tbody[id='audit:entries_data'] tr"));
        long viewport = (Long) page.executeScript("return document.documentElement.clientWidth;");
        long pageWidth = (Long) page.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(pageWidth <= viewport, () -> "the page is " + pageWidth + " px wide in a " + viewport
                + " px window; sticking out: " + page.executeScript("return Array.from(document.querySelectorAll("
                + "'body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth"
                + " && !e.closest('.ui-datatable-tablewrapper')).slice(0, 5).map(e => e.tagName + '#' + e.id + '.'"
                + " + e.className).join(', ');"));
        WebElement table = browser.visible(By.xpath("//*[@id='audit:entries']"
                + "//div[contains(@class, 'ui-datatable-tablewrapper')]"));
        assertEquals("auto", table.getCssValue("overflow-x"), "a table wider than the window scrolls within itself");
        browser.checkThisPageAgain();
    }
}

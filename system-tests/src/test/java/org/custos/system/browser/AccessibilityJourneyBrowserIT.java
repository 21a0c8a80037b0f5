package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * WCAG 2.2 AA beyond the other journeys' pages: every page of the administrator's and the DPM's menus passes
 * axe-core ({@link Browser#close()}, on every page opened); a keyboard user sees where the focus is,
 * a dialog keeps the focus inside it and gives it back to the button that opened it; at 400 px the page does not
 * scroll sideways, its tables scroll within themselves (axe-core is not yet run at that width). The administrator gives an account an email address for
 * its reminders, and the settings page says whether reminders are on.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SystemUnderTest.ear();
    }

    private static final String PASSWORD = "willow-parcel-53";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String dpm = "dpm.a11y." + run;

    @Test
    void everyPageOfTheAdministratorAndTheDpmPassesAxeAndWorksByKeyboardAndAt400Pixels() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.openAccounts(PASSWORD, new Browser.Account(dpm, "Dana Quill", "Data Protection Manager"));
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

            browser.logIn(dpm, PASSWORD);
            browser.registerPerson("Ada", "Access" + run.toUpperCase(Locale.ROOT), "Job applicant");
            for (String page : List.of("/people/search.xhtml", "/requests/list.xhtml", "/requests/new.xhtml",
                    "/approvals/list.xhtml", "/confirmations/list.xhtml", "/grants/list.xhtml", "/breaches/list.xhtml",
                    "/breaches/edit.xhtml", "/campaigns/list.xhtml", "/settings/list.xhtml")) {
                browser.open(page);
            }
            browser.open("/audit/trail.xhtml");
            browser.click(By.id("audit:filter"));
            atFourHundredPixelsTheTableScrollsWithinItselfAndThePageDoesNot(browser);
        }
    }

    /** Keyboard only: Tab to the button, Enter opens the dialog, Tab stays inside it, Escape gives focus back. */
    private void aDialogKeepsTheFocusAndGivesItBackToItsButton(Browser browser) {
        WebDriver driver = browser.driver();
        Actions keys = new Actions(driver);
        for (int tab = 0; tab < 40 && !"accounts:new-account".equals(focused(driver).getAttribute("id")); tab++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        WebElement opener = focused(driver);
        assertEquals("accounts:new-account", opener.getAttribute("id"), "the button is reached by Tab");
        assertEquals("solid", opener.getCssValue("outline-style"), "the focus is visible");
        keys.sendKeys(Keys.ENTER).perform();
        browser.visible(By.id("create:username"));
        for (int tab = 0; tab < 12; tab++) {
            keys.sendKeys(Keys.TAB).perform();
            assertTrue(insideDialog(driver), "Tab " + (tab + 1) + " stays in the dialog, not on "
                    + focused(driver).getAttribute("outerHTML"));
        }
        keys.sendKeys(Keys.ESCAPE).perform();
        browser.waitUntilHidden(By.id("create-dialog"));
        browser.waitForFocusOn("accounts:new-account");
    }

    private static WebElement focused(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    private static boolean insideDialog(WebDriver driver) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('create-dialog').contains(document.activeElement);");
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
        assertTrue(pageWidth <= viewport, "the page is " + pageWidth + " px wide in a " + viewport + " px window");
        WebElement table = browser.visible(By.xpath("//*[@id='audit:entries']"
                + "//div[contains(@class, 'ui-datatable-tablewrapper')]"));
        assertEquals("auto", table.getCssValue("overflow-x"), "a table wider than the window scrolls within itself");
    }
}

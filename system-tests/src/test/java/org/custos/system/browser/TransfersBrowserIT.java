package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.date;
import static org.custos.system.browser.Browser.Typed.menu;
import static org.custos.system.browser.Browser.Typed.text;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * International transfers in a real browser: the DPM records that a supplier takes our data to India with no
 * safeguard yet, sees the transfer flagged on the home page, follows the flag to the supplier, is refused an IDTA
 * without its transfer risk assessment (nothing typed lost), records it with the assessment, and the flag goes.
 */
@ExtendWith(SystemUnderTest.class)
class TransfersBrowserIT {

    private static final String PASSWORD = "cobalt-meadow-5183";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String dpm = "dpm.transfers." + run;
    private final String supplier = "Offshore Support " + run.toUpperCase(Locale.ROOT) + " Ltd";

    @Test
    void aTransferToIndiaWithoutASafeguardIsFlaggedUntilAnIdtaWithItsAssessmentIsRecorded() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(dpm, "Dara Penn", "Data Protection Manager"));
            browser.logIn(dpm, PASSWORD);
            recordTheSupplierTakingDataToIndia(browser);
            seeItFlaggedOnTheHomePage(browser);
            recordAnIdtaWithItsAssessment(browser);
            seeTheFlagGone(browser);
        }
    }

    private void recordTheSupplierTakingDataToIndia(Browser browser) {
        browser.open("/organisations/organisation.xhtml");
        browser.type(By.id("details-form:name"), supplier);
        browser.click(By.xpath("//form[@id='details-form']//label[normalize-space(.)='Supplier']"));
        browser.click(By.id("details-form:save"));
        browser.waitForText(By.id("messages"), "The organisation is recorded.");
        browser.assertEveryFieldIsLabelled();
        browser.choose("transfer:country", "India");
        browser.click(By.id("transfer:save-transfer"));
        browser.waitForText(By.id("messages"), "The transfer is recorded, without a safeguard yet.");
        browser.waitForText(By.id("transfers-table:transfers"), "No valid safeguard recorded");
    }

    private void seeItFlaggedOnTheHomePage(Browser browser) {
        browser.open("/");
        browser.waitForText(By.id("transfers-unsafeguarded"), "Transfers without a safeguard");
        browser.waitForText(By.id("transfers-unsafeguarded:table"), supplier);
        browser.click(By.linkText(supplier));
        browser.waitForText(By.id("transfers-table:transfers"), "India");
    }

    private void recordAnIdtaWithItsAssessment(Browser browser) {
        browser.click(By.id("transfers-table:transfers:0:edit"));
        browser.assertNothingTypedIsLost(By.id("transfer:save-transfer"),
                "needs a transfer risk assessment: enter its date, outcome and document.",
                menu("transfer:mechanism", "International Data Transfer Agreement (IDTA)"),
                date("transfer:assessed", "20/11/2026"),
                text("transfer:outcome", "May proceed: encrypted at rest, keys held in the UK"));
        browser.type(By.id("transfer:document"), "TRA-2026-11 in the contracts folder");
        browser.click(By.id("transfer:save-transfer"));
        browser.waitForText(By.id("messages"), "The transfer's safeguard is recorded.");
        browser.waitForText(By.id("transfers-table:transfers"), "International Data Transfer Agreement (IDTA)");
        browser.waitForText(By.id("transfers-table:transfers"), "20 November 2026");
    }

    private void seeTheFlagGone(Browser browser) {
        browser.open("/");
        browser.waitForText(By.cssSelector("main"), "Go to");
        assertFalse(browser.driver().getPageSource().contains(supplier),
                "the supplier's transfer is no longer flagged on the home page");
    }
}

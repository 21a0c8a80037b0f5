package org.custos.system.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * A purpose's DPIA and its Art 30 fields in a real browser (ADR 0015 decisions 5 and 6): the DPM answers a screening
 * question on the ICO's list, reads that a DPIA is required and why, finds the purpose flagged on the home page, and
 * types the Art 30 fields the purposes page named as missing.
 */
@ResourceLock(SystemUnderTest.PURPOSES)
@ExtendWith(SystemUnderTest.class)
class DpiaBrowserIT {

    private static final String PASSWORD = "amber-ledger-2718";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String dpm = "dpm.dpia." + run;

    @Test
    void theDpmScreensAPurposeSeesItFlaggedAndCompletesItsArticle30Fields() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(dpm, "Dara Screen", "Data Protection Manager"));
            browser.logIn(dpm, PASSWORD);

            browser.open("/purposes/list.xhtml");
            browser.waitForText(By.xpath("//tr[td[text()='Payroll']]"), "incomplete: the business function");
            browser.waitForText(By.xpath("//tr[td[text()='Payroll']]"), "Screening and DPIA");
            browser.open("/purposes/dpia.xhtml?id=3");
            browser.waitForText(By.id("outcome"), "Not screened.");
            browser.click(By.xpath("//*[text()='Does it track where people are or how they behave, online or "
                    + "offline?']"));
            browser.click(By.id("screening:save-screening"));
            browser.waitForText(By.id("outcome"),
                    "Required: on the ICO's list of processing likely to result in high risk (tracking).");
            browser.waitForText(By.id("flag"), "A DPIA is required and none is signed off.");

            browser.open("/");
            browser.waitForText(By.id("dpias-flagged"), "Payroll");

            browser.open("/purposes/list.xhtml");
            browser.waitForText(By.xpath("//tr[td[text()='Payroll']]"), "A DPIA is required and none is signed off.");
            browser.click(By.xpath("//tr[td[text()='Payroll']]//button[contains(@id, 'edit-record')]"));
            browser.type(By.id("record:function"), "Finance " + run);
            browser.type(By.id("record:security"), "Encrypted at rest; access by role");
            browser.type(By.id("record:location"), "Our database in London");
            browser.click(By.id("record:save-record"));
            browser.waitForText(By.xpath("//tr[td[text()='Payroll']]"), "Business function: Finance " + run);
        }
    }
}

package org.custos.system.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Privacy notices in a real browser (N1): the DPM adds a notice, writes its first version in the editor, chooses the
 * purposes it covers, ticks the checklist (present, and where), approves its form and content, and issues it.
 */
@ExtendWith(SystemUnderTest.class)
class NoticesBrowserIT {

    private static final String PASSWORD = "linden-harbour-5521";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String dpm = "dpm.notice." + run;
    private final String name = "Suppliers' privacy notice " + run;

    @Test
    void theDpmWritesAVersionTicksTheChecklistApprovesAndIssuesIt_N1() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(dpm, "Nora Penn", "Data Protection Manager"));
            browser.logIn(dpm, PASSWORD);

            browser.open("/notices/list.xhtml");
            browser.click(By.id("notices:new-notice"));
            browser.choose("notice:audience", "Suppliers");
            browser.type(By.id("notice:name"), name);
            browser.click(By.id("notice:save"));
            browser.waitForText(By.id("notices:table"), name);
            browser.click(By.xpath("//*[@id='notices:table']//tr[contains(., \"" + name + "\")]//a"));

            browser.click(By.id("notice:new-draft"));
            browser.waitForText(By.id("state"), "Draft");
            browser.type(By.xpath("//*[@id='version:text']//div[contains(@class, 'ql-editor')]"),
                    "We use your details to pay you and to manage our contract.");
            browser.click(By.xpath("//*[@id='version:purposes']//label[normalize-space(.)='Supplier management']"));
            for (int row = 0; row < 13; row++) {
                browser.click(By.xpath("//*[@id='version:checklist:" + row + ":answer']//label[normalize-space(.)"
                        + "='Present']"));
                browser.type(By.id("version:checklist:" + row + ":detail"), "Section " + (row + 1));
            }
            browser.click(By.id("version:save"));
            browser.waitForText(By.id("completeness"), "The checklist is complete");

            browser.click(By.id("version:approve"));
            browser.click(By.id("confirm-dialog:yes"));
            browser.waitForText(By.id("state"), "Approved");
            browser.waitForText(By.id("status"), "Form and content approved by " + dpm);

            browser.click(By.id("actions:issue"));
            browser.click(By.id("confirm-dialog:yes"));
            browser.waitForText(By.id("state"), "Issued");
            browser.waitForText(By.id("text"), "We use your details to pay you");

            browser.open("/notices/list.xhtml");
            browser.waitForText(By.xpath("//*[@id='notices:table']//tr[contains(., \"" + name + "\")]"),
                    "Version 1, issued");
        }
    }
}

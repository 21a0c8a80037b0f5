package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Sending a notice's new version in a real browser (N2): the DPM issues version 1 of a notice, records it as given to
 * a person on their page, issues version 2, sends it from its page to everyone who had version 1, checks the
 * progress until it is done, and the person's page shows version 2 as given, on the day and the way chosen.
 */
@ExtendWith(SystemUnderTest.class)
class NoticeSendingBrowserIT {

    private static final String PASSWORD = "linden-harbour-5521";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String dpm = "dpm.sending." + run;
    private final String name = "Suppliers' notice sent " + run;
    private final String family = "Sent" + run;

    @Test
    void theDpmSendsTheNewVersionToEveryoneWhoHadTheOldOneAndTheirPageShowsIt_N2() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/London")).format(TYPED);
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(dpm, "Nell Sender", "Data Protection Manager"));
            browser.logIn(dpm, PASSWORD);

            String versionOne = issueTheFirstVersion(browser);

            browser.registerPerson("Petra", family, "Supplier contact");
            String person = browser.driver().getCurrentUrl();
            browser.choose("notices-given:notice-version", name + ", version 1");
            browser.choose("notices-given:notice-method", "On the website");
            browser.type(By.id("notices-given:notice-on_input"), today);
            browser.click(By.id("notices-given:record-notice"));
            browser.waitForText(By.id("notices-given:notice-history"), name + ", version 1");

            browser.open(versionOne);
            browser.click(By.id("actions:new-draft"));
            browser.waitForText(By.id("state"), "Draft");
            browser.type(By.xpath("//*[@id='version:text']//div[contains(@class, 'ql-editor')]"),
                    "We use your details to pay you, to manage our contract and to check your insurance.");
            browser.click(By.id("version:save"));
            browser.waitForText(By.id("completeness"), "The checklist is complete");
            browser.click(By.id("version:approve"));
            browser.click(By.id("confirm-dialog:yes"));
            browser.waitForText(By.id("state"), "Approved");
            browser.click(By.id("actions:issue"));
            browser.click(By.id("confirm-dialog:yes"));
            browser.waitForText(By.id("state"), "Issued");

            browser.choose("send:send-from", name + ", version 1");
            browser.choose("send:send-method", "By email");
            browser.type(By.id("send:send-on_input"), today);
            browser.click(By.id("send:send-start"));
            browser.click(By.id("confirm-dialog:yes"));
            browser.waitForText(By.id("messages"), "Sending to 1 person has started.");
            browser.waitForText(By.id("send-status"), name + ", version 1 to " + name + ", version 2");
            for (int look = 0; look < 60 && !status(browser).contains("Done"); look++) {
                Thread.sleep(500);
                browser.click(By.id("send:send-refresh"));
            }
            browser.waitForText(By.id("send-status"), "Done: 1 person");
            assertTrue(browser.driver().findElements(By.id("send:send-resume")).isEmpty(),
                    "nothing left to go on with");

            browser.open(person);
            browser.waitForText(By.id("person-name"), "Petra " + family);
            By versionTwo = By.xpath("//*[@id='notices-given:notice-history']//tr[contains(., \"" + name
                    + ", version 2\")]");
            browser.waitForText(versionTwo, "Given on");
            browser.waitForText(versionTwo, "by email");
            browser.waitForText(By.xpath("//*[@id='notices-given:notice-history']//tr[contains(., \"" + name
                    + ", version 1\")]"), "on the website");
        }
    }

    /** Adds the notice and issues its first version, as in {@code NoticesBrowserIT}; the version's page address. */
    private String issueTheFirstVersion(Browser browser) {
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
        browser.click(By.id("actions:issue"));
        browser.click(By.id("confirm-dialog:yes"));
        browser.waitForText(By.id("state"), "Issued");
        return browser.driver().getCurrentUrl();
    }

    private static String status(Browser browser) {
        try {
            return browser.driver().findElements(By.id("send-status")).stream().map(found -> found.getText())
                    .findFirst().orElse("");
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }
}

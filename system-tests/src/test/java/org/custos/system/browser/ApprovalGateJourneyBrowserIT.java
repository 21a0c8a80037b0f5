package org.custos.system.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The approval gate in a real browser (L4): HR tries to record a health note and is blocked with the reason,
 * asks the DPM for approval, the DPM approves it from the home page, and HR records the note.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalGateJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SystemUnderTest.ear();
    }

    private static final String PASSWORD = "walnut-harbour-5150";
    private static final String NOTE = "Asthma: keep the inhaler at reception";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.gate." + run;
    private final String dpm = "dpm.gate." + run;
    private final String family = "Seacole" + run.toUpperCase(Locale.ROOT);

    @Test
    void hrIsBlockedAsksTheDpmAndRecordsTheHealthNoteOnceApproved_L4() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.logIn(SystemUnderTest.adminUser(), SystemUnderTest.adminPassword());
            browser.open("/admin/accounts.xhtml");
            browser.openAccount(hr, "Hal Reed", PASSWORD, "HR staff");
            browser.openAccount(dpm, "Dee Price", PASSWORD, "Data Protection Manager");
            browser.logOut();

            browser.logIn(hr, PASSWORD);
            browser.open("/people/edit.xhtml");
            browser.type(By.id("person:givenNames"), "Mary");
            browser.type(By.id("person:familyName"), family);
            browser.click(By.xpath("//label[text()='Member of staff']"));
            browser.click(By.id("person:save"));
            browser.waitForText(By.id("person-name"), "Mary " + family);
            browser.click(By.id("sensitive-data"));
            browser.waitForText(By.id("person-name"), "Mary " + family);
            browser.assertEveryFieldIsLabelled();
            recordNote(browser);
            browser.waitForText(By.id("messages"), "the DPM has not approved it (L4)");
            browser.waitForText(By.id("sensitive:refused"), "No approval of the DPM in force covers health data");

            browser.click(By.id("sensitive:request-approval"));
            browser.waitForText(By.id("person-name"), "Mary " + family);
            browser.assertEveryFieldIsLabelled();
            browser.choose("request:purpose", "Employment administration");
            browser.choose("request:condition", "Obligations or rights under employment or social-security law");
            browser.type(By.id("request:schedule1"), "Schedule 1, paragraph 1");
            browser.type(By.id("request:justification"), "First-aid plan for a member of staff with asthma");
            browser.type(By.id("request:until_input"),
                    LocalDate.now().plusMonths(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.click(By.id("request:send"));
            browser.waitForText(By.id("messages"), "Your request was sent to the DPM.");
            browser.open("/");
            browser.waitForText(By.id("mine"), "Waiting for the DPM");
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            browser.waitForText(By.id("pending"), "Mary " + family);
            browser.click(By.xpath("//*[@id='pending']//tr[contains(., '" + family + "')]//a[text()='Decide']"));
            browser.waitForText(By.id("status"), "Waiting for the DPM");
            browser.assertEveryFieldIsLabelled();
            browser.click(By.id("decision:approve"));
            browser.waitForText(By.id("status"), "Approved, in force");
            browser.logOut();

            browser.logIn(hr, PASSWORD);
            browser.waitForText(By.id("mine"), "Approved, in force");
            browser.click(By.xpath("//*[@id='mine']//tr[contains(., '" + family + "')]//a[text()='Go to the data']"));
            browser.waitForText(By.id("person-name"), "Mary " + family);
            recordNote(browser);
            browser.waitForText(By.id("messages"), "Recorded: Health.");
            browser.waitForText(By.id("sensitive:records"), NOTE);
        }
    }

    private void recordNote(Browser browser) {
        browser.choose("sensitive:purpose", "Employment administration");
        browser.type(By.id("sensitive:content"), NOTE);
        browser.click(By.id("sensitive:record"));
    }
}

package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.custos.domain.shared.OrganisationTime;
import org.custos.testsupport.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;

/**
 * The DPM's retention in a real browser (R3, R6, issue 18): HR records that two members of staff left seven years
 * ago; the DPM reads the retention schedule (a staff file kept six years after leaving), asks the simulator what fell
 * due over the past years, runs retention now and sees the run finish, finds both files in the review queue, destroys
 * one (asked to confirm first) and keeps the other two more years for legal risk, sees the one destroyed done and the
 * other kept until its new date, and downloads the destruction report, which names the decision.
 */
// alone, no other journey running: it runs retention over the whole register
@Isolated
@ExtendWith(SystemUnderTest.class)
class RetentionBrowserIT {

    private static final String PASSWORD = "heather-quarry-4417";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String STAFF_FILE_RULE = "Keep a former member of staff's file after they leave";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.retention." + run;
    private final String dpm = "dpm.retention." + run;
    private final String suffix = run.toUpperCase(Locale.ROOT);
    private final String destroyed = "Dora Gone" + suffix;
    private final String kept = "Kit Stays" + suffix;
    private final LocalDate today = LocalDate.now(OrganisationTime.ZONE);

    @Test
    void theDpmReviewsWhatFellDueDestroysOneStaffFileAndKeepsAnotherForLegalRisk_R3_R6() throws Exception {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(hr, "Hal Retention", "HR staff"),
                    new Browser.Account(dpm, "Dee Retention", "Data Protection Manager"));
            browser.logIn(hr, PASSWORD);
            aFormerMemberOfStaff(browser, destroyed);
            aFormerMemberOfStaff(browser, kept);
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            theScheduleAndTheSimulator(browser);
            runRetentionNow(browser);
            browser.open("/retention/queue.xhtml");
            decide(browser, destroyed, "Destroy");
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitUntilHidden(row(destroyed));
            browser.choose("queue:state", "Done");
            browser.waitForText(row(destroyed), "Done: destroy");
            browser.choose("queue:state", "Everything not done");

            choose(browser, kept);
            browser.click(By.xpath("//*[@id='decision:choice']//label[normalize-space()='Extend the period']"));
            browser.choose("decision:reason", "Legal risk");
            LocalDate until = today.plusYears(2);
            browser.type(By.id("decision:until_input"), until.format(TYPED));
            browser.click(By.id("decision:apply"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(row(kept), "Kept until " + OrganisationTime.DAY.format(until));

            browser.open("/retention/evidence.xhtml");
            browser.waitForText(By.id("evidence:decisions"), "Kept until " + OrganisationTime.DAY.format(until)
                    + ": Legal risk");
            browser.waitForText(By.id("evidence:decisions"), "Carried out");
            browser.click(By.id("evidence:report"));
            String report = PdfText.of(browser.downloaded(".pdf"));
            assertTrue(report.contains(STAFF_FILE_RULE) && report.contains(dpm), report);
        }
    }

    /** HR opens a staff file for a new person, started in 2010, and records that they left seven years ago. */
    private void aFormerMemberOfStaff(Browser browser, String name) {
        browser.open("/staff/open.xhtml");
        browser.type(By.id("open:person-given"), name.substring(0, name.indexOf(' ')));
        browser.type(By.id("open:person-family"), name.substring(name.indexOf(' ') + 1));
        browser.type(By.id("open:job-title"), "Porter");
        browser.type(By.id("open:start_input"), "01/03/2010");
        browser.click(By.id("open:open-file"));
        browser.waitForText(By.id("status"), "Porter, employee, since 1 March 2010.");
        LocalDate left = today.minusYears(7);
        browser.type(By.id("tabs:engagement:leaving_input"), left.format(TYPED));
        browser.type(By.id("tabs:engagement:leaving-reason"), "Retired");
        browser.click(By.id("tabs:engagement:save"));
        browser.waitForText(By.id("status"), "Former member of staff: left on " + OrganisationTime.DAY.format(left));
    }

    private void theScheduleAndTheSimulator(Browser browser) {
        browser.open("/retention/schedule.xhtml");
        By staffFile = By.xpath("//tbody[@id='schedule:rules_data']/tr[contains(., \"" + STAFF_FILE_RULE + "\")]");
        browser.waitForText(staffFile, "6 years");
        browser.waitForText(staffFile, "Leaving date");

        browser.open("/retention/simulator.xhtml");
        browser.type(By.id("simulator:from_input"), today.minusYears(9).format(TYPED));
        browser.type(By.id("simulator:to_input"), today.format(TYPED));
        browser.click(By.id("simulator:simulate"));
        browser.waitForText(By.id("counts"), STAFF_FILE_RULE);
    }

    private void runRetentionNow(Browser browser) {
        browser.open("/retention/runs.xhtml");
        browser.click(By.id("run:run-now"));
        browser.waitForText(By.id("run-state"), "Finished");
    }

    /** Chooses the person's staff file in the queue and opens the decision with the given choice. */
    private void decide(Browser browser, String name, String choice) {
        choose(browser, name);
        browser.click(By.xpath("//*[@id='decision:choice']//label[normalize-space()='" + choice + "']"));
        browser.click(By.id("decision:apply"));
    }

    private void choose(Browser browser, String name) {
        browser.waitForText(row(name), "Waiting for a decision");
        browser.click(new By.ByXPath("//tbody[@id='queue:items_data']/tr[contains(., '" + name + "')]"
                + "//div[contains(@class, 'ui-chkbox-box')]"));
        browser.click(By.id("queue:decide"));
        browser.waitForText(By.id("decide-dialog"), "What to do");
    }

    private static By row(String name) {
        return By.xpath("//tbody[@id='queue:items_data']/tr[contains(., '" + name + "')]");
    }
}

package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.date;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.custos.testsupport.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Sickness absence on the staff file in a real browser (T1, L4, X3): HR records a period (a last day before the
 * first is refused first, with what was typed kept) and is told that its health details need the DPM's approval;
 * HR requests it from the tab, the DPM approves it, and HR records the reason and a fit note, sees them and
 * downloads the fit note.
 */
@ExtendWith(SystemUnderTest.class)
class AbsenceJourneyBrowserIT {

    private static final String PASSWORD = "linden-meadow-4471";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.absence." + run;
    private final String dpm = "dpm.absence." + run;
    private final String family = "Absent" + run.toUpperCase(Locale.ROOT);
    private final LocalDate firstDay = LocalDate.now().minusDays(10);

    @Test
    void hrRecordsASicknessPeriodAndItsHealthDetailsOnlyOnceTheDpmApproved_T1_L4_X3() throws IOException {
        byte[] fitNote = Documents.pdf("Fit note " + run);
        Path upload = Files.createTempDirectory("custos-upload").resolve("fit-note.pdf");
        Files.write(upload, fitNote);
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(hr, "Hedda Rowe", "HR staff"),
                    new Browser.Account(dpm, "Dora Pike", "Data Protection Manager"));
            browser.logIn(hr, PASSWORD);
            String file = openAFile(browser);
            recordAPeriod(browser);
            requestApproval(browser);
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            browser.waitForText(By.id("pending"), family);
            browser.click(By.xpath("//*[@id='pending']//tr[contains(., '" + family + "')]//a[text()='Decide']"));
            browser.click(By.id("decision:approve"));
            browser.waitForText(By.id("status"), "Approved, in force");
            browser.logOut();

            browser.logIn(hr, PASSWORD);
            browser.open(file);
            openTheAbsenceTab(browser);
            browser.click(By.id("tabs:absence:periods:0:show-health"));
            browser.waitForText(By.id("tabs:health:details"), "No health details are recorded.");
            browser.assertEveryFieldIsLabelled();
            browser.choose("tabs:health:kind", "Reason for the absence");
            browser.choose("tabs:health:reason", "Back, neck or joint problems");
            browser.type(By.id("tabs:health:text"), "Lifted a heavy crate at the depot");
            browser.click(By.id("tabs:health:record-health"));
            browser.waitForText(By.id("messages"), "Recorded for the absence from " + firstDay.format(SHOWN)
                    + ": reason for the absence.");
            browser.waitForText(By.id("tabs:health:details"), "Reason: Back, neck or joint problems.");

            browser.choose("tabs:health:kind", "Fit note");
            browser.type(By.id("tabs:health:text"), "Not fit for work for a week");
            browser.driver().findElement(By.id("tabs:health:document_input")).sendKeys(upload.toString());
            browser.click(By.id("tabs:health:record-health"));
            browser.waitForText(By.id("tabs:health:details"), "fit-note.pdf");
            browser.waitForText(cell(5), "2");
            browser.click(By.linkText("fit-note.pdf"));
            assertArrayEquals(fitNote, browser.downloaded());
        }
    }

    /** HR opens a file directly for a new person; ends on the file, whose address it returns. */
    private String openAFile(Browser browser) {
        browser.open("/staff/open.xhtml");
        browser.type(By.id("open:person-given"), "Ivor");
        browser.type(By.id("open:person-family"), family);
        browser.type(By.id("open:start_input"), "01/04/2019");
        browser.type(By.id("open:job-title"), "Driver");
        browser.click(By.id("open:open-file"));
        browser.waitForText(By.id("status"), "Driver, employee, since 1 April 2019.");
        return browser.driver().getCurrentUrl();
    }

    /** The column of the latest period in the table of periods: 3 its days lost, 5 its health details held. */
    private static By cell(int column) {
        return By.xpath("//tbody[@id='tabs:absence:periods_data']/tr[1]/td[" + column + "]");
    }

    private static void openTheAbsenceTab(Browser browser) {
        browser.openPageTab("Absence");
        browser.visible(By.id("tabs:absence:periods"));
    }

    /** Refused with a last day before the first, keeping both; then recorded, without its health details. */
    private void recordAPeriod(Browser browser) {
        openTheAbsenceTab(browser);
        browser.assertEveryFieldIsLabelled();
        browser.assertNothingTypedIsLost(By.id("tabs:absence:save-period"),
                "The last day of absence cannot be before the first.",
                date("tabs:absence:first-day", firstDay.format(TYPED)),
                date("tabs:absence:last-day", firstDay.minusDays(2).format(TYPED)));
        browser.retype(By.id("tabs:absence:last-day_input"), firstDay.plusDays(7).format(TYPED));
        browser.click(By.id("tabs:absence:save-period"));
        browser.waitForText(By.id("messages"), "The absence from " + firstDay.format(SHOWN) + " is recorded.");
        browser.waitForText(By.id("tabs:absence:periods"), firstDay.plusDays(7).format(SHOWN));
        browser.waitForText(cell(3), "8");
        browser.waitForText(By.id("tabs:health:approval-needed"),
                "the DPM must approve your use of Ivor " + family + "'s health data");
    }

    /** From the tab, the request page, and back to the file, where the request is said to wait for the DPM. */
    private void requestApproval(Browser browser) {
        browser.click(By.id("tabs:health:request-approval"));
        browser.waitForText(By.id("person-name"), "Ivor " + family);
        browser.choose("request:purpose", "Employment administration");
        browser.choose("request:condition", "Obligations or rights under employment or social-security law");
        browser.type(By.id("request:justification"), "Sickness absence management and Statutory Sick Pay");
        browser.type(By.id("request:until_input"), LocalDate.now().plusMonths(2).format(TYPED));
        browser.click(By.id("request:send"));
        browser.waitForText(By.id("messages"), "Your request was sent to the DPM.");
        browser.waitForText(By.id("status"), "Driver, employee");
        openTheAbsenceTab(browser);
        browser.waitForText(By.id("tabs:health:approval-needed"), "A request is waiting for the DPM.");
    }
}

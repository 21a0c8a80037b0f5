package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.custos.testsupport.PdfText;
import org.openqa.selenium.By;

/**
 * The breach register in a real browser (X5): the DPM logs a breach, sees on the home page the time left to
 * report it, and downloads the report for the ICO, which opens as a PDF.
 */
@ExtendWith(SystemUnderTest.class)
class BreachJourneyBrowserIT {

    private static final String PASSWORD = "saffron-meadow-2718";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String dpm = "dpm.breach." + run;
    private final String summary = "Payslips emailed to the wrong team " + run.toUpperCase(Locale.ROOT);

    @Test
    void theDpmLogsABreachSeesTheCountdownAndDownloadsTheReport_X5() throws IOException {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD,
                    new Browser.Account(dpm, "Dora Penn", "Data Protection Manager"));

            browser.logIn(dpm, PASSWORD);
            browser.open("/breaches/edit.xhtml");
            browser.assertEveryFieldIsLabelled();
            LocalDateTime aware = LocalDateTime.now().minusHours(2);
            browser.type(By.id("breach:summary"), summary);
            browser.click(By.xpath("//label[starts-with(text(), 'Confidentiality')]"));
            browser.type(By.id("breach:description"), "A payroll run was sent to the sales mailing list.");
            browser.type(By.id("breach:occurredAt_input"), aware.minusHours(1).format(DATE_TIME));
            browser.type(By.id("breach:awareAt_input"), aware.format(DATE_TIME));
            browser.type(By.id("breach:systems"), "Payroll, email");
            browser.type(By.id("breach:dataCategories"), "Salary, National Insurance numbers");
            browser.type(By.id("breach:approxRecords"), "40");
            browser.type(By.id("breach:peopleCategories"), "Employees");
            browser.type(By.id("breach:approxPeople"), "40");
            browser.type(By.id("breach:consequences"), "Colleagues learn each other's pay");
            browser.choose("breach:likelihood", "Likely");
            browser.choose("breach:severity", "Significant");
            browser.waitForText(By.id("breach:risk"), "High risk");
            browser.type(By.id("breach:measuresTaken"), "Recall requested; mailing list emptied");
            browser.click(By.id("breach:save"));
            browser.waitForText(By.id("status"), "left");

            browser.open("/");
            browser.waitForText(By.id("open-breaches"), summary);
            browser.waitForText(By.id("open-breaches"), "left");

            browser.click(By.xpath("//*[@id='open-breaches']//tr[contains(., '" + summary + "')]//a"));
            browser.click(By.id("pdf:download"));
            String report = PdfText.of(browser.downloaded());
            assertTrue(report.contains("Payslips emailed to the wrong team"), report);
        }
    }
}

package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.date;
import static org.custos.system.browser.Browser.Typed.menu;
import static org.custos.system.browser.Browser.Typed.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A staff file's checks in a real browser (T1, R3): HR records a right-to-work check with a time-limited permission,
 * refused first for an expiry before the check with everything typed and the copy chosen kept, then with a second
 * copy, and sees the re-check date; the permission is on HR's home page; once HR records the leaving date, the file
 * says until when each group of records is kept, and the permission leaves the home page.
 */
@ExtendWith(SystemUnderTest.class)
class StaffChecksJourneyBrowserIT {

    private static final String PASSWORD = "copper-lantern-6061";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.checks." + run;
    private final String family = "Visa" + run.toUpperCase(Locale.ROOT);
    private final String name = "Rita " + family;
    private final LocalDate today = LocalDate.now();

    @Test
    void hrRecordsATimeLimitedRightToWorkSeesItEndingAndTheRetentionDatesOnceTheyLeave_T1_R3() throws IOException {
        byte[] passport = Documents.pdf("Passport " + run);
        Path passportFile = Files.createTempDirectory("custos-upload").resolve("passport.pdf");
        Files.write(passportFile, passport);
        Path visaFile = passportFile.resolveSibling("visa.pdf");
        Files.write(visaFile, Documents.pdf("Visa " + run));
        LocalDate expires = today.plusDays(30);
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(hr, "Hera Checks", "HR staff"));
            browser.logIn(hr, PASSWORD);
            openAFile(browser);

            browser.openPageTab("Checks and documents");
            browser.assertEveryFieldIsLabelled();
            browser.driver().findElement(By.id("tabs:right-to-work:copies_input")).sendKeys(passportFile.toString());
            browser.assertNothingTypedIsLost(By.id("tabs:right-to-work:record-check"),
                    "The permission had expired by the date of the check",
                    date("tabs:right-to-work:checked-on", TYPED.format(today.minusDays(3))),
                    text("tabs:right-to-work:checked-by", "Hera Checks"),
                    menu("tabs:right-to-work:permission", "Time-limited"),
                    date("tabs:right-to-work:expires-on", TYPED.format(today.minusDays(10))));
            browser.waitForText(By.id("chosen-copies"), "passport.pdf");

            browser.retype(By.id("tabs:right-to-work:expires-on_input"), TYPED.format(expires));
            browser.driver().findElement(By.id("tabs:right-to-work:copies_input")).sendKeys(visaFile.toString());
            browser.click(By.id("tabs:right-to-work:record-check"));
            browser.waitForText(By.id("messages"), "The right-to-work check is recorded.");
            By checks = By.id("tabs:right-to-work-list:table");
            browser.waitForText(checks, "Time-limited, expires " + SHOWN.format(expires));
            browser.waitForText(checks, SHOWN.format(expires.minusDays(1)));
            browser.waitForText(checks, "visa.pdf");
            browser.click(By.linkText("passport.pdf"));
            assertArrayEquals(passport, browser.downloaded(), "the copy as it was uploaded");

            browser.open("/");
            By ending = By.id("permissions-ending:table");
            browser.waitForText(ending, name);
            String row = browser.driver().findElement(By.xpath("//*[@id='permissions-ending:table']//tr[contains(.,'"
                    + family + "')]")).getText();
            assertTrue(row.contains("Right to work") && row.contains(SHOWN.format(expires)), row);
            browser.click(By.linkText(name));
            browser.waitForText(By.id("status"), "Analyst, employee");

            LocalDate left = today.minusDays(1);
            browser.type(By.id("tabs:engagement:leaving_input"), TYPED.format(left));
            browser.type(By.id("tabs:engagement:leaving-reason"), "End of contract");
            browser.click(By.id("tabs:engagement:save"));
            browser.waitForText(By.id("status"), "Former member of staff: left on " + SHOWN.format(left) + ".");
            By kept = By.id("tabs:engagement:retention-dates");
            browser.waitForText(kept, "The staff file 6 years after leaving " + SHOWN.format(left.plusYears(6)));
            browser.waitForText(kept, "Right-to-work copies 2 years after leaving " + SHOWN.format(left.plusYears(2)));
            browser.waitForText(kept, "Sickness absences and their health details 6 years after leaving "
                    + SHOWN.format(left.plusYears(6)));

            browser.open("/");
            assertTrue(browser.driver().findElements(By.id("permissions-ending")).stream()
                    .noneMatch(section -> section.getText().contains(family)), "a leaver's permission is not listed");
        }
    }

    private void openAFile(Browser browser) {
        browser.open("/staff/open.xhtml");
        browser.type(By.id("open:person-given"), "Rita");
        browser.type(By.id("open:person-family"), family);
        browser.type(By.id("open:start_input"), "01/04/2024");
        browser.type(By.id("open:job-title"), "Analyst");
        browser.click(By.id("open:open-file"));
        browser.waitForText(By.id("status"), "Analyst, employee, since 1 April 2024.");
    }
}

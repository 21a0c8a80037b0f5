package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;

/**
 * The approval gate in a real browser (L4): HR tries to record a health note and is blocked with the reason,
 * asks the DPM for approval (listed on HR's home page as waiting), the DPM approves it from the home page and grants need-to-know access on the grants
 * page, and HR records the note with a PDF and downloads it back. The administrator then rotates the data keys.
 */
// alone, no other journey running: the administrator re-encrypts every value under a new key, and another
// journey's write in flight would stay under the old one
@Isolated
@ExtendWith(SystemUnderTest.class)
class ApprovalGateJourneyBrowserIT {

    private static final String PASSWORD = "walnut-harbour-5150";
    private static final String NOTE = "Asthma: keep the inhaler at reception";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.gate." + run;
    private final String dpm = "dpm.gate." + run;
    private final String family = "Seacole" + run.toUpperCase(Locale.ROOT);

    @Test
    void hrIsBlockedAsksTheDpmAndRecordsTheHealthNoteOnceApproved_L4_X1_X3() throws IOException {
        byte[] letter = Documents.pdf("Asthma action plan " + run);
        Path upload = Files.createTempDirectory("custos-upload").resolve("asthma-plan.pdf");
        Files.write(upload, letter);
        Path tooLarge = upload.resolveSibling("scan.pdf");
        byte[] large = new byte[12 * 1024 * 1024];
        System.arraycopy(letter, 0, large, 0, letter.length);
        Files.write(tooLarge, large);
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD,
                    new Browser.Account(hr, "Hal Reed", "HR staff"),
                    new Browser.Account(dpm, "Dee Price", "Data Protection Manager"));

            browser.logIn(hr, PASSWORD);
            browser.registerPerson("Mary", family, "Member of staff");
            browser.click(By.id("sensitive-data"));
            browser.waitForText(By.id("person-name"), "Mary " + family);
            browser.assertEveryFieldIsLabelled();
            recordNote(browser);
            browser.waitForText(By.id("messages"), "the DPM has not approved it. Request approval first.");
            browser.waitForText(By.id("sensitive:refused"), "No approval of the DPM in force covers health data");

            String recordingTab = browser.driver().getWindowHandle();
            browser.click(By.id("sensitive:request-approval"));
            browser.switchToTheNewTab();
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
            browser.closeTabAndReturnTo(recordingTab);
            assertEquals(NOTE, browser.driver().findElement(By.id("sensitive:content")).getAttribute("value"),
                    "asking for approval loses nothing typed");
            browser.open("/");
            browser.waitForText(By.id("waiting"), "Mary " + family);
            browser.waitForText(By.id("mine"), "Waiting for the DPM");
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            browser.waitForText(By.id("pending"), "Mary " + family);
            browser.click(By.xpath("//*[@id='pending']//tr[contains(., '" + family + "')]//a[text()='Decide']"));
            browser.waitForText(By.id("status"), "Waiting for the DPM");
            browser.assertEveryFieldIsLabelled();
            browser.click(By.id("decision:approve"));
            browser.waitForText(By.id("status"), "Approved, in force");
            grantAndRevoke(browser);
            browser.logOut();

            browser.logIn(hr, PASSWORD);
            browser.waitForText(By.id("mine"), "Approved, in force");
            browser.click(By.xpath("//*[@id='mine']//tr[contains(., '" + family + "')]//a[text()='Go to the data']"));
            browser.waitForText(By.id("person-name"), "Mary " + family);
            browser.driver().findElement(By.id("sensitive:document_input")).sendKeys(tooLarge.toString());
            recordNote(browser);
            browser.waitForText(By.id("messages"), "The document must be at most 10 MB.");
            assertEquals(NOTE, browser.driver().findElement(By.id("sensitive:content")).getAttribute("value"),
                    "a file too large loses nothing typed");
            browser.driver().findElement(By.id("sensitive:document_input")).sendKeys(upload.toString());
            recordNote(browser);
            browser.waitForText(By.id("messages"), "Recorded: Health.");
            browser.waitForText(By.id("sensitive:records"), NOTE);
            browser.click(By.linkText("asthma-plan.pdf"));
            assertArrayEquals(letter, browser.downloaded());
            browser.logOut();

            rotateKeys(browser);
        }
    }

    /** The DPM lets HR see one complaint file for a reason, sees it in force, and revokes it. */
    private void grantAndRevoke(Browser browser) {
        String file = "C-" + run;
        browser.open("/grants/list.xhtml");
        browser.assertEveryFieldIsLabelled();
        browser.choose("grant:account", "Hal Reed (" + hr + ")");
        browser.type(By.id("grant:recordType"), "ComplaintFile");
        browser.type(By.id("grant:recordId"), file);
        browser.type(By.id("grant:reason"), "Handles the complaint while the named handler is away");
        browser.type(By.id("grant:until_input"),
                LocalDate.now().plusDays(7).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.click(By.id("grant:give"));
        browser.waitForText(By.id("messages"), hr + " may see Complaint file, reference " + file);
        browser.waitForText(By.id("grants:table"), "Handles the complaint while the named handler is away");
        browser.click(By.xpath("//*[@id='grants:table']//tr[contains(., '" + file + "')]"
                + "//button[contains(., 'Revoke')]"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), "was revoked");
        assertFalse(browser.visible(By.id("grants:table")).getText().contains(file));
    }

    /** The administrator adds a key and re-encrypts everything under it, seeing counts only. */
    private void rotateKeys(Browser browser) {
        browser.logIn(SystemUnderTest.adminUser(), SystemUnderTest.adminPassword());
        browser.click(By.xpath("//*[@id='menu']//a[normalize-space(.)='Data keys']"));
        browser.visible(By.id("current-key"));
        String before = browser.driver().findElement(By.id("current-key")).getText();
        browser.click(By.id("keys:add-key"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), "is now current");
        String added = browser.driver().findElement(By.id("current-key")).getText();
        assertNotEquals(before, added);
        assertTrue(Long.parseLong(browser.driver().findElement(By.id("remaining")).getText()) >= 2,
                "at least the note and its document are under the older key");
        browser.click(By.id("keys:reencrypt"));
        browser.waitForText(By.id("messages"), "Every value is now under key " + added + ".");
        assertEquals("0", browser.driver().findElement(By.id("remaining")).getText());
    }

    private void recordNote(Browser browser) {
        browser.choose("sensitive:purpose", "Employment administration");
        browser.type(By.id("sensitive:content"), NOTE);
        browser.click(By.id("sensitive:record"));
    }
}

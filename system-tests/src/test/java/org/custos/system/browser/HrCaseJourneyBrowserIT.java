package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.date;
import static org.custos.system.browser.Browser.Typed.menu;
import static org.custos.system.browser.Browser.Typed.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.Keys;

/**
 * HR cases in a real browser (R3, X1): HR opens a disciplinary case on a staff file (refused first for an account
 * that does not exist, nothing typed lost), adds an allegation and a meeting (refused first without who attended),
 * stores a document and downloads it, records the outcome as a first written warning (refused first for a decision dated before the case opened) and
 * reads its expiry in words, the level's six months after the decision. The warning, decided months ago, has
 * expired: HR's home page lists the case, and HR keeps only its summary once they confirm. Before that, the case
 * says that an alleged offence needs the DPM's approval of criminal-records data, and links to the request for it. Another HR user sees no
 * case on the file and is refused the case's page.
 */
@ExtendWith(SystemUnderTest.class)
class HrCaseJourneyBrowserIT {

    private static final String PASSWORD = "birch-ledger-4417";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.case." + run;
    private final String otherHr = "hr.other." + run;
    private final String person = "Cara Case" + run.toUpperCase(Locale.ROOT);
    private final LocalDate openedOn = LocalDate.now().minusMonths(9);
    private final LocalDate decidedOn = LocalDate.now().minusMonths(8);

    @Test
    void hrRecordsAWrittenWarningWithItsExpiryAndOnlyItsHandlersSeeTheCase_R3_X1() throws IOException {
        byte[] letter = Documents.pdf("Invitation to a disciplinary hearing " + run);
        Path invitation = Files.createTempDirectory("custos-upload").resolve("invitation.pdf");
        Files.write(invitation, letter);
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(hr, "Hugo Case", "HR staff"),
                    new Browser.Account(otherHr, "Olga Case", "HR staff"));
            browser.logIn(hr, PASSWORD);
            String file = openAStaffFile(browser);
            String hrCase = openACase(browser);
            addANoteAndAMeeting(browser);
            browser.driver().findElement(By.id("documents:file_input")).sendKeys(invitation.toString());
            browser.click(By.id("documents:attach"));
            browser.waitForText(By.id("messages"), "The document is stored.");
            browser.click(By.linkText("invitation.pdf"));
            assertArrayEquals(letter, browser.downloaded(".pdf"));
            anAllegedOffenceWaitsForTheDpm(browser, hrCase);
            recordAFirstWrittenWarning(browser);
            keepOnlyTheSummaryOnceExpired(browser);
            browser.logOut();

            browser.logIn(otherHr, PASSWORD);
            browser.open(file);
            browser.openPageTab("Cases");
            browser.waitForText(By.id("tabs:cases:list"), "No cases you handle.");
            browser.open(hrCase);
            browser.waitForText(By.id("messages"), "Only the HR handlers named on this case and the DPM can see it.");
            assertFalse(browser.driver().findElement(By.tagName("body")).getText().contains("Repeated lateness"),
                    "nothing of the case is shown");
        }
    }

    private String openAStaffFile(Browser browser) {
        browser.open("/staff/open.xhtml");
        String[] names = person.split(" ");
        browser.type(By.id("open:person-given"), names[0]);
        browser.type(By.id("open:person-family"), names[1]);
        browser.type(By.id("open:job-title"), "Warehouse operative");
        browser.type(By.id("open:start_input"), "01/04/2022");
        browser.click(By.id("open:open-file"));
        browser.waitForText(By.id("status"), "Warehouse operative, employee, since 1 April 2022.");
        return browser.driver().getCurrentUrl();
    }

    /** Refused for an account that does not exist, all kept; then opened, handled by the caller. */
    private String openACase(Browser browser) {
        browser.openPageTab("Cases");
        browser.waitForText(By.id("tabs:cases:list"), "No cases you handle.");
        browser.assertEveryFieldIsLabelled();
        String nobody = "nobody." + run;
        browser.assertNothingTypedIsLost(By.id("tabs:cases:open-case"), nobody + " is not an active account",
                menu("tabs:cases:kind", "Disciplinary"), date("tabs:cases:opened-on", openedOn.format(TYPED)),
                text("tabs:cases:summary", "Repeated lateness"), text("tabs:cases:about_input", nobody));
        browser.retype(By.id("tabs:cases:about_input"), Keys.BACK_SPACE.toString());
        browser.click(By.id("tabs:cases:open-case"));
        browser.waitForText(By.id("messages"), "The case is open.");
        browser.waitForText(By.id("case-status"), "Handled by " + hr);
        browser.waitForText(By.id("case-summary"), "Repeated lateness");
        return browser.driver().getCurrentUrl();
    }

    private void addANoteAndAMeeting(Browser browser) {
        browser.assertEveryFieldIsLabelled();
        browser.type(By.id("notes:note"), "Late four times in March");
        browser.click(By.id("notes:add-note"));
        browser.waitForText(By.id("messages"), "The note is added.");
        browser.waitForText(By.id("notes:list"), "Allegation or concern: Late four times in March");
        browser.assertNothingTypedIsLost(By.id("meetings:add-meeting"), "Say who attended.",
                date("meetings:held-on", openedOn.plusDays(10).format(TYPED)),
                text("meetings:meeting-notes", "Accepted the facts"));
        browser.type(By.id("meetings:attendees"), "Cara, her companion and Hugo Case");
        browser.click(By.id("meetings:add-meeting"));
        browser.waitForText(By.id("messages"), "The meeting is recorded.");
        browser.waitForText(By.id("meetings:list"), "Accepted the facts");
    }

    /**
     * An alleged offence is criminal-records data: without the DPM's approval the case says so, apart from its notes,
     * and its link asks for that category about the person.
     */
    private void anAllegedOffenceWaitsForTheDpm(Browser browser, String hrCase) {
        browser.waitForText(By.id("sensitive:approval-needed"), "An alleged criminal offence or a conviction"
                + " disclosed is criminal-records data: the DPM must approve your use of " + person
                + "'s criminal-records data");
        assertTrue(browser.driver().findElements(By.id("sensitive:show")).isEmpty(), "nothing to show or record");
        browser.click(By.id("sensitive:request-approval"));
        browser.waitForText(By.id("person-name"), person);
        browser.waitForText(By.id("request:category_label"), "Criminal records");
        browser.open(hrCase);
        browser.visible(By.id("sensitive:approval-needed"));
    }

    /** Refused for a decision before the case opened, all kept; then the warning expires six months after it. */
    private void recordAFirstWrittenWarning(Browser browser) {
        browser.assertNothingTypedIsLost(By.id("outcome:decide"), "The decision cannot be dated before the case"
                + " opened on " + openedOn.format(WORDS), date("outcome:decided-on", openedOn.minusDays(1)
                        .format(TYPED)), text("outcome:outcome-text", "Written warning given"),
                menu("outcome:level", "First written warning"));
        browser.retype(By.id("outcome:decided-on_input"), decidedOn.format(TYPED));
        browser.click(By.id("outcome:decide"));
        browser.waitForText(By.id("messages"), "The outcome is recorded.");
        browser.waitForText(By.id("decision"), "First written warning");
        browser.waitForText(By.id("expires"), decidedOn.plusMonths(6).format(WORDS));
    }

    /** From HR's home page, where the expired warning is listed, to the case: its details go once confirmed. */
    private void keepOnlyTheSummaryOnceExpired(Browser browser) {
        browser.open("/");
        browser.waitForText(By.id("expired-warnings"), "Warnings expired: keep only the summary");
        browser.click(By.linkText("Disciplinary case of " + person));
        browser.click(By.id("summary:reduce"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), "Only the summary of the case is kept now");
        browser.waitForText(By.id("summary-only"), "only the summary of this case is kept");
        browser.waitForText(By.id("expires"), decidedOn.plusMonths(6).format(WORDS));
        assertTrue(browser.driver().findElements(By.id("notes:list")).isEmpty()
                && browser.driver().findElements(By.id("sensitive")).isEmpty(), "the notes and the section of"
                + " criminal-records details are gone");
        browser.open("/");
        assertTrue(browser.driver().findElements(By.id("expired-warnings")).isEmpty(), "nothing left to reduce");
    }
}

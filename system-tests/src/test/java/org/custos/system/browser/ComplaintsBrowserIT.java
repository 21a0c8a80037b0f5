package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.date;
import static org.custos.system.browser.Browser.Typed.menu;
import static org.custos.system.browser.Browser.Typed.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custos.testsupport.Documents;
import org.custos.testsupport.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Complaints in a real browser (P1, X1): HR logs a complaint naming a handler (refused first without one, nothing
 * typed lost); the handler finds it on their home page with the days left, acknowledges it (the acknowledgement
 * letter opens as a PDF), adds a step of the investigation, attaches the complainant's letter (a text file named
 * as a PDF refused first in words) and downloads it from the documents listed, records why the anonymity asked for cannot be kept
 * (refused first without a reason, nothing typed lost), and closes it with an outcome letter that tells the
 * data-protection complainant of the ICO, the closed file offering no more attaching; another HR user is refused the file; the DPM is refused too, opens it
 * through emergency access with a reason (refused first without one, the dialog kept open), names themselves a
 * handler, and the audit trail shows the break-glass. The DPM's counts per kind and outcome per month count the
 * closed complaint, on screen and in the CSV.
 */
@ExtendWith(SystemUnderTest.class)
class ComplaintsBrowserIT {

    private static final String PASSWORD = "thistle-anchor-5823";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern LOGGED = Pattern.compile("Complaint (\\d+) is logged");

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.complaints." + run;
    private final String handler = "hr.handler." + run;
    private final String otherHr = "hr.nosy." + run;
    private final String dpm = "dpm.complaints." + run;
    private final String family = "Plaint" + run.toUpperCase(Locale.ROOT);

    @Test
    void aNamedHandlerAcknowledgesInvestigatesAndClosesAComplaintOthersAreRefusedTheDpmBreaksGlass_P1_X1()
            throws IOException {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(hr, "Hattie Logger", "HR staff"),
                    new Browser.Account(handler, "Hana Handler", "HR staff"),
                    new Browser.Account(otherHr, "Nora Nosy", "HR staff"),
                    new Browser.Account(dpm, "Dev Manager", "Data Protection Manager"));

            browser.logIn(hr, PASSWORD);
            String complaint = logAComplaint(browser);
            browser.logOut();

            browser.logIn(handler, PASSWORD);
            acknowledgeInvestigateAndClose(browser, complaint);
            browser.logOut();

            browser.logIn(otherHr, PASSWORD);
            browser.open("/complaints/complaint.xhtml?id=" + complaint);
            browser.waitForText(By.id("refused"), "This complaint file is shown only to the handlers named on it.");
            assertTrue(browser.driver().findElements(By.id("break-glass-offer:break-glass")).isEmpty(),
                    "no emergency access for HR");
            assertFalse(browser.driver().findElement(By.tagName("body")).getText().contains("letters went"),
                    "nothing of the file is shown");
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            breakGlass(browser, complaint);
        }
    }

    /** Refused without a handler, all kept; then logged, the complainant registered with it. */
    private String logAComplaint(Browser browser) {
        browser.open("/complaints/log.xhtml");
        browser.assertEveryFieldIsLabelled();
        browser.assertNothingTypedIsLost(By.id("complaint:save"), "Name at least one handler.",
                text("complaint:complainant-given", "Petra"), text("complaint:complainant-family", family),
                date("complaint:received", LocalDate.now().minusDays(3).format(TYPED)),
                menu("complaint:channel", "Email"), menu("complaint:kind", "Data protection"),
                menu("complaint:about", "A service"),
                text("complaint:text", "My payslip letters went to my old address after I told you I moved."));
        browser.click(By.xpath("//form[@id='complaint']//label[text()='Hana Handler (" + handler + ")']"));
        browser.click(By.cssSelector("[id='complaint:anonymity'] .ui-chkbox-box"));
        browser.click(By.id("complaint:save"));
        browser.waitForText(By.id("messages"), "is logged: its acknowledgement is due by");
        Matcher logged = LOGGED.matcher(browser.messages());
        assertTrue(logged.find(), browser.messages());
        browser.waitForText(By.id("complaints:table"), "No open complaint.");
        return logged.group(1);
    }

    private void acknowledgeInvestigateAndClose(Browser browser, String complaint) throws IOException {
        browser.open("/");
        browser.waitForText(By.id("open-complaints"), "Complaint " + complaint);
        browser.waitForText(By.id("open-complaints"), "days left");
        browser.click(By.linkText("Complaint " + complaint));
        browser.waitForText(By.id("details"), "Petra " + family);
        browser.assertEveryFieldIsLabelled();

        browser.click(By.id("letters:acknowledgement-letter"));
        String acknowledgement = PdfText.of(browser.downloaded("acknowledgement-" + complaint + ".pdf"));
        assertTrue(acknowledgement.contains("We have received your complaint")
                && acknowledgement.contains("Petra " + family), acknowledgement);
        browser.type(By.id("acknowledge:acknowledged-on_input"), LocalDate.now().format(TYPED));
        browser.click(By.id("acknowledge:record-acknowledgement"));
        browser.waitForText(By.id("messages"), "The acknowledgement is recorded.");
        browser.waitForText(By.id("acknowledgement"), "Acknowledged on");

        browser.assertNothingTypedIsLost(By.id("steps:add-step"), "Enter what was done or found.",
                date("steps:noted-on", LocalDate.now().format(TYPED)));
        browser.type(By.id("steps:step"), "Checked the payroll system: the address change was never keyed in.");
        browser.click(By.id("steps:add-step"));
        browser.waitForText(By.id("messages"), "The step is added.");
        browser.waitForText(By.id("steps:list"), "the address change was never keyed in");
        attachTheComplainantsLetter(browser);

        browser.waitForText(By.id("anonymity"), "Asked for");
        browser.assertNothingTypedIsLost(By.id("anonymity-lost:record-anonymity"),
                "Enter why anonymity cannot be kept.", date("anonymity-lost:told-on", LocalDate.now().format(TYPED)));
        browser.type(By.id("anonymity-lost:anonymity-reason"), "Only she received those letters: the payroll team"
                + " will know who complained.");
        browser.click(By.id("anonymity-lost:record-anonymity"));
        browser.waitForText(By.id("messages"), "anonymity cannot be kept");
        browser.waitForText(By.id("anonymity"), "Cannot be kept: Only she received those letters");

        browser.type(By.id("close:outcome-text"), "Upheld: we corrected your address and apologise.");
        browser.type(By.id("close:outcome-on_input"), LocalDate.now().format(TYPED));
        browser.click(By.id("close:record-outcome"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), "The outcome is recorded and the complaint is closed.");
        browser.waitForText(By.id("outcome"), "Upheld: we corrected your address");
        browser.click(By.id("letters:outcome-letter"));
        String outcome = PdfText.of(browser.downloaded("outcome-" + complaint + ".pdf"));
        assertTrue(outcome.contains("Upheld: we corrected your address")
                && outcome.contains("(ICO)"), outcome);
        browser.waitForText(By.id("documents:list"), "letter.pdf");
        assertTrue(browser.driver().findElements(By.id("documents:attach")).isEmpty(), "no attaching once closed");
    }

    /** A text file named as a PDF is refused in words, the file kept on screen; the real PDF is listed and downloads. */
    private void attachTheComplainantsLetter(Browser browser) throws IOException {
        Path folder = Files.createTempDirectory("custos-upload");
        Path notPdf = Files.writeString(folder.resolve("notes.pdf"), "Only some notes, not a PDF.");
        byte[] content = Documents.pdf("Letter of complaint " + run);
        Path letter = Files.write(folder.resolve("letter.pdf"), content);
        browser.waitForText(By.id("documents:list"), "No documents.");
        browser.driver().findElement(By.id("documents:file_input")).sendKeys(notPdf.toString());
        browser.click(By.id("documents:attach"));
        browser.waitForText(By.id("messages"), "notes.pdf is not a document Custos accepts");
        browser.waitForText(By.id("details"), "Petra " + family);
        browser.waitForText(By.id("documents:list"), "No documents.");

        browser.driver().findElement(By.id("documents:file_input")).sendKeys(letter.toString());
        browser.click(By.id("documents:attach"));
        browser.waitForText(By.id("messages"), "The document is stored.");
        browser.waitForText(By.id("documents:list"), "letter.pdf");
        browser.waitForText(By.id("documents:list"), "PDF");
        browser.waitForText(By.id("documents:list"), handler);
        browser.click(By.linkText("letter.pdf"));
        assertArrayEquals(content, browser.downloaded("letter.pdf"));
    }

    /** Refused, offered emergency access; refused without a reason (the dialog stays), then let in and audited. */
    private void breakGlass(Browser browser, String complaint) {
        browser.open("/complaints/complaint.xhtml?id=" + complaint);
        browser.waitForText(By.id("refused"), "This complaint file is shown only to the handlers named on it.");
        browser.click(By.id("break-glass-offer:break-glass"));
        browser.visible(By.id("break-glass-form:reason"));
        browser.click(By.id("break-glass-form:open"));
        browser.waitForText(By.id("break-glass-form:break-glass-messages"),
                "Type the reason for the emergency access.");
        browser.visible(By.id("break-glass-form:reason"));
        browser.type(By.id("break-glass-form:reason"), "The complainant wrote to the DPM directly " + run);
        browser.click(By.id("break-glass-form:open"));
        browser.waitForText(By.id("messages"), "Emergency access");
        browser.waitForText(By.id("emergency"), "You opened this file through emergency access");
        browser.waitForText(By.id("details"), "Petra " + family);
        browser.click(By.xpath("//form[@id='handlers']//label[text()='Dev Manager (" + dpm + ")']"));
        browser.click(By.id("handlers:change-handlers"));
        browser.waitForText(By.id("messages"), "The complaint's handlers are changed.");
        browser.waitForText(By.id("handlers-named"), dpm);

        browser.open("/audit/trail.xhtml");
        browser.type(By.id("audit:actor"), dpm);
        browser.click(By.id("audit:filter"));
        browser.waitForText(By.id("audit:entries"), "Emergency access used");

        browser.open("/complaints/counts.xhtml");
        browser.waitForText(By.id("counts:table"), "Data protection");
        browser.click(By.id("counts:csv"));
        String csv = new String(browser.downloaded(".csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"Month\",\"Kind\",\"Outcome\",\"Complaints\"")
                && csv.contains("\"Data protection\",\"Outcome sent\","), csv);
    }
}

package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.custos.testsupport.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * A subject access request in a real browser (D1-D3): HR logs it with the day it was received and sees the due
 * date one calendar month on; the DPM, whose home page counts the requests due this week, finds it in the request
 * list, verifies the identity (each stage's actions shown only while they apply), compiles the response, opens one
 * item of the review in the editor (a decision not chosen is refused, keeping what was typed), redacts it and
 * produces the pack, whose JSON parses and whose letter opens and lists the purposes; once answered, the
 * request is found among the answered ones and exported to CSV. A rectification request: HR records
 * a disclosure of the person's data, the DPM records why no check of identity is needed (D1), corrects the field the
 * person asked for, the register shows it (its "Data protection" section lists the request), and
 * the recipient is listed to be told and marked told (D5); the DPM places a legal hold on the person's records and
 * lifts it.
 */
@ResourceLock(SystemUnderTest.SETTINGS)
@ExtendWith(SystemUnderTest.class)
class RightsRequestJourneyBrowserIT {

    private static final String PASSWORD = "walnut-harbour-5150";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<DayOfWeek> MIDWEEK = Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY);

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.sar." + run;
    private final String dpm = "dpm.sar." + run;
    private final String family = "Requester" + run.toUpperCase(Locale.ROOT);

    /**
     * A day in the past month whose month-later day is still to come and a plain working day (midweek, away from
     * Christmas and New Year), so the due date is that day itself and days are left.
     */
    private static LocalDate received() {
        LocalDate day = LocalDate.now().minusDays(1);
        while (!plainWorkingDay(day.plusMonths(1)) || day.plusMonths(1).getDayOfMonth() != day.getDayOfMonth()) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static boolean plainWorkingDay(LocalDate day) {
        boolean festive = day.getMonthValue() == 12 && day.getDayOfMonth() >= 24
                || day.getMonthValue() == 1 && day.getDayOfMonth() <= 2;
        return MIDWEEK.contains(day.getDayOfWeek()) && !festive;
    }

    @Test
    void hrLogsTheRequestAndTheDpmAnswersItWithAReviewedPack_D1_D2_D3() throws IOException {
        LocalDate received = received();
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            hrLogs(browser, "Zoe", "Access (a copy of the data)", "Please send me a copy of everything you hold about me.",
                    received);
            browser.waitForText(By.id("due"), received.plusMonths(1).format(DateTimeFormatter.ofPattern(
                    "d MMMM yyyy", Locale.UK)));
            browser.assertEveryFieldIsLabelled();
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            String organisation = "Northwind Trust " + family;
            browser.open("/settings/letters.xhtml");
            browser.type(By.id("organisation:controllerName"), organisation);
            browser.click(By.id("organisation:save"));
            browser.waitForText(By.id("messages"), "The organisation's details are saved");
            browser.assertEveryFieldIsLabelled();
            browser.open("/");
            browser.waitForText(By.id("due-count"), "due by Sunday");
            dpmOpens(browser, "Zoe");
            browser.visible(By.id("clock:stop"));
            assertTrue(browser.driver().findElements(By.id("clock:restart")).isEmpty(),
                    "a clock that runs is not started again");
            assertTrue(browser.driver().findElements(By.id("clock:notice")).isEmpty(), "no extension, no notice");
            browser.type(By.id("identity-stage:verified-on_input"), received.plusDays(1).format(DAY));
            browser.click(By.id("identity-stage:verified"));
            browser.waitForText(By.id("identity"), "Verified");
            assertTrue(browser.driver().findElements(By.id("identity-stage")).isEmpty(),
                    "the identity's actions go once it is verified");

            browser.click(By.id("review:compile"));
            browser.waitForText(By.id("compile-state"), "Compiled");
            assertTrue(browser.driver().findElements(By.id("review:items:0:decision")).isEmpty(),
                    "the items are shown as text until one is opened");
            browser.click(By.id("review:items:0:edit"));
            browser.waitForFocusOn("review:items:0:fields:0:redacted");
            browser.type(By.id("review:items:0:fields:0:redacted"), "[redacted by the DPM]");
            browser.click(By.id("review:items:0:decide"));
            browser.waitForText(By.id("messages"), "Choose the decision.");
            assertEquals("[redacted by the DPM]", browser.visible(By.id("review:items:0:fields:0:redacted"))
                    .getAttribute("value"), "what was typed stays when the decision is refused");
            browser.choose("review:items:0:decision", "Disclose redacted");
            browser.click(By.id("review:items:0:decide"));
            browser.waitForText(By.id("messages"), "Decided:");
            browser.waitForFocusOn("review:items:0:edit");
            browser.waitForText(By.id("item-0"), "Disclosed as: [redacted by the DPM]");
            int item = 1;
            while (!browser.driver().findElements(By.id("review:items:" + item + ":edit")).isEmpty()) {
                browser.click(By.id("review:items:" + item + ":edit"));
                browser.choose("review:items:" + item + ":decision", "Disclose");
                browser.click(By.id("review:items:" + item + ":decide"));
                browser.waitForText(By.cssSelector("[id='item-" + item + "'] h3"), "Disclose");
                item++;
            }
            browser.click(By.id("review:produce"));
            browser.waitForText(By.id("messages"), "The response pack is ready");

            browser.click(By.id("summary:json"));
            JsonObject json = Json.createReader(new ByteArrayInputStream(browser.downloaded(".json"))).readObject();
            assertEquals("Zoe " + family, json.getString("subject"));
            assertTrue(json.toString().contains("[redacted by the DPM]"), json.toString());
            browser.click(By.id("summary:pdf"));
            String letter = PdfText.of(browser.downloaded(".pdf"));
            assertTrue(letter.contains("Employment administration"), letter);
            assertTrue(letter.contains("Payroll"), letter);
            assertTrue(letter.contains("ico.org.uk"), letter);
            assertFalse(letter.contains("Zoe " + family + "\n[redacted"), letter);

            browser.click(By.id("letters:kept-docx"));
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(browser.downloaded(".docx")));
                    XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
                String editable = text.getText();
                assertTrue(editable.contains("Dear Zoe " + family + ","), editable);
                assertTrue(editable.contains(organisation), "the letterhead the DPM set");
                assertTrue(editable.contains("[redacted: other people's information removed]"), editable);
                assertTrue(editable.contains("Your details"), "grouped by what the data is to the person");
            }
            browser.type(By.id("respond:reasons"), "Not refused after all");
            browser.click(By.id("respond:refuse"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("messages"), "Choose the ground.");
            assertEquals("Not refused after all", browser.driver().findElement(By.id("respond:reasons"))
                    .getAttribute("value"), "a refusal keeps what was typed");
            browser.type(By.id("respond:responded-on_input"), LocalDate.now().format(DAY));
            browser.click(By.id("respond:responded"));
            browser.waitForText(By.id("state"), "Answered on");
            assertTrue(browser.driver().findElements(By.id("respond")).isEmpty(), "a closed request has no actions");
            dpmFinds(browser, "Zoe", "Answered");
            browser.click(By.id("requests:csv"));
            String csv = new String(browser.downloaded(".csv"), StandardCharsets.UTF_8);
            assertTrue(csv.contains("Zoe " + family) && csv.contains("Answered"), csv);
            browser.click(By.xpath("//*[@id='requests:table']//a[text()='Zoe " + family + "']"));
            browser.waitForText(By.id("state"), "Answered on");
        }
    }

    @Test
    void theDpmCorrectsTheFieldsThePersonAskedToRectifyAndTellsTheRecipients_D5() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            hrLogs(browser, "Ray", "Rectification", "My family name is misspelt.", LocalDate.now());
            browser.click(By.linkText("The person in the register"));
            browser.type(By.id("disclosures:recipient"), "HMRC");
            browser.type(By.id("disclosures:disclosed"), "Name and pay for the year");
            browser.choose("disclosures:disclosure-purpose", "Payroll");
            browser.type(By.id("disclosures:disclosed-on_input"), LocalDate.now().format(DAY));
            browser.click(By.id("disclosures:record-disclosure"));
            browser.waitForText(By.id("disclosures:disclosure-list"), "HMRC");
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            dpmOpens(browser, "Ray");
            browser.type(By.id("identity-stage:no-check-reason"), "Asked in person by a member of staff the DPM knows");
            browser.click(By.id("identity-stage:no-check-needed"));
            browser.waitForText(By.id("identity"), "No check needed");
            browser.choose("corrections:field", "People register: The person's record in the register: Family name");
            browser.waitForText(By.id("corrections:current"), family);
            browser.type(By.id("corrections:value"), family + "-Smith");
            browser.click(By.id("corrections:add"));
            browser.waitForText(By.id("corrections:table"), "To make");
            browser.assertEveryFieldIsLabelled();
            browser.click(By.id("corrections:rectify"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("corrections:table"), "Made");
            browser.waitForText(By.id("outcomes"), "Rectified");
            browser.waitForText(By.id("recipients:table"), "HMRC");
            browser.type(By.id("recipients:told-on_input"), LocalDate.now().format(DAY));
            browser.click(By.id("recipients:table:0:told"));
            browser.waitForText(By.xpath("//*[@id='recipients:table']//tbody/tr[1]/td[3]"),
                    LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
            browser.click(By.linkText("The person in the register"));
            browser.waitForText(By.id("person-name"), "Ray " + family + "-Smith");
            browser.waitForText(By.id("person-requests"), "Rectification");

            browser.type(By.id("legal-holds:hold-reason"), "Employment tribunal claim ET/42");
            browser.click(By.id("legal-holds:place-hold"));
            browser.waitForText(By.id("legal-holds:hold-list"), "Every context");
            browser.click(By.id("legal-holds:hold-list:0:lift"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.xpath("//*[@id='legal-holds:hold-list']//tbody/tr[1]/td[4]"), "by " + dpm);
        }
    }

    /** Finds the person's requests in the list by their name and {@code status} (any when null). */
    private void dpmFinds(Browser browser, String givenName, String status) {
        browser.open("/requests/list.xhtml");
        if (status != null) {
            browser.choose("requests:status", status);
        }
        browser.type(By.id("requests:person"), givenName + " " + family);
        browser.click(By.id("requests:find"));
        browser.waitForText(By.id("requests:table"), givenName + " " + family);
        if (status != null) {
            browser.waitForText(By.id("requests:table"), status);
        }
    }

    /** Opens the person's request from the list. */
    private void dpmOpens(Browser browser, String givenName) {
        dpmFinds(browser, givenName, null);
        browser.click(By.xpath("//*[@id='requests:table']//a[text()='" + givenName + " " + family + "']"));
    }

    /** Opens the HR and DPM accounts, and HR registers the person and logs their request. */
    private void hrLogs(Browser browser, String givenName, String type, String asked, LocalDate received) {
        browser.haveAccounts(PASSWORD,
                new Browser.Account(hr, "Hal Reed", "HR staff"),
                new Browser.Account(dpm, "Dee Price", "Data Protection Manager"));

        browser.logIn(hr, PASSWORD);
        browser.registerPerson(givenName, family, "Member of staff");
        browser.open("/requests/new.xhtml");
        browser.type(By.id("request:person-query"), family);
        browser.click(By.id("request:person-find"));
        browser.click(By.xpath("//label[starts-with(text(), '" + givenName + " " + family + "')]"));
        browser.choose("request:type", type);
        browser.choose("request:channel", "Email");
        browser.type(By.id("request:asked"), asked);
        browser.type(By.id("request:received_input"), received.format(DAY));
        browser.click(By.id("request:log"));
        browser.waitForText(By.id("due"), " days left");
    }
}

package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.date;
import static org.custos.system.browser.Browser.Typed.secret;
import static org.custos.system.browser.Browser.Typed.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.custos.testsupport.IssuedNotice;
import org.custos.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Recruitment in a real browser (C1, C2, L2, L4, X1): HR opens a campaign with a hiring manager and adds two
 * applicants, one of them already in the register; the hiring manager finds them on their home page to review,
 * shortlists and interviews; HR rejects one
 * with talent-pool consent and downloads the rejection letter and takes the other through the conditional offer, blocked on the health questionnaire
 * until the DPM approves the campaign's conditional offers, the checks, the final offer with bank details and an
 * emergency contact, to hired; the checks', the offer's and the hire's forms keep what was typed when refused (a
 * referee typed as new is registered only with the reference sent); the hire's staff file holds them. After hire
 * the hiring manager only reads the application until HR lets them change it. The hiring manager of another
 * campaign cannot open these applications.
 */
@ExtendWith(SystemUnderTest.class)
class RecruitmentJourneyBrowserIT {

    private static final String PASSWORD = "walnut-harbour-5150";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.rec." + run;
    private final String dpm = "dpm.rec." + run;
    private final String manager = "hm.rec." + run;
    private final String otherManager = "hm2.rec." + run;
    private final String campaign = "Payroll officer " + run;
    private final String rejected = "Lovelace" + run.toUpperCase(Locale.ROOT);
    private final String hired = "Hopper" + run.toUpperCase(Locale.ROOT);

    /** The version of a notice the consent names, as the form offers it. */
    private String issuedNotice;

    @Test
    void hrAndTheHiringManagerTakeOneApplicantToHiredAndRejectTheOther_C1_C2_L2_L4_X1()
            throws IOException, SQLException {
        // issued before any page that offers the issued versions is opened
        issuedNotice = IssuedNotice.choice(TestPostgres.dataSource());
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD,
                    new Browser.Account(hr, "Hal Reed", "HR staff"),
                    new Browser.Account(dpm, "Dee Price", "Data Protection Manager"),
                    new Browser.Account(manager, "Max Hill", "Hiring manager"),
                    new Browser.Account(otherManager, "Mo Gale", "Hiring manager"));

            browser.logIn(hr, PASSWORD);
            browser.registerPerson("Grace", hired, "Client or customer contact");
            String personPage = browser.driver().getCurrentUrl();

            String campaignUrl = openCampaign(browser);
            long loser = addApplicant(browser, campaignUrl, () -> {
                browser.type(By.id("apply:applicant-given"), "Ada");
                browser.type(By.id("apply:applicant-family"), rejected);
            });
            long winner = addApplicant(browser, campaignUrl, () -> {
                browser.type(By.id("apply:applicant-query"), hired);
                browser.click(By.id("apply:applicant-find"));
                browser.click(By.xpath("//label[starts-with(text(), 'Grace " + hired + "')]"));
                browser.choose("apply:source", "Recruitment agency");
                browser.type(By.id("apply:source-name"), "Northern Recruiters");
            });
            browser.waitForText(By.id("tabs:overview:notice"), "must be given the privacy notice by");
            browser.driver().get(personPage);
            browser.waitForText(By.id("notices-given:notice-history"), "Recruitment agency: Northern Recruiters");
            browser.waitForText(By.id("notices-given:notice-history"), "Owed: due " + LocalDate.now().minusDays(2)
                    .plusMonths(1).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
            browser.logOut();

            browser.logIn(manager, PASSWORD);
            browser.waitForText(By.id("to-review"), rejected);
            browser.open("/campaigns/list.xhtml");
            browser.click(By.linkText(campaign));
            browser.waitForText(By.id("applicants:table"), rejected);
            for (long application : new long[] {loser, winner}) {
                openApplication(browser, application);
                assertEquals("Shortlist", browser.visible(By.cssSelector(".move-shortlisted")).getText());
                browser.click(By.cssSelector(".move-shortlisted"));
                browser.waitForText(By.id("status"), "Shortlisted");
                browser.waitForText(By.id("messages"), "The application is now shortlisted.");
            }
            browser.click(By.linkText("Assessments"));
            browser.choose("tabs:assessments:type", "Interview");
            browser.type(By.id("tabs:assessments:held_input"), LocalDate.now().format(DAY));
            browser.type(By.id("tabs:assessments:assessor"), "Max Hill");
            browser.type(By.id("tabs:assessments:notes"), "Clear on month-end payroll; asked good questions");
            browser.type(By.id("tabs:assessments:score"), "82");
            browser.click(By.id("tabs:assessments:record"));
            browser.waitForText(By.id("tabs:assessments:list"), "Clear on month-end payroll");
            browser.click(By.linkText("Application"));
            browser.click(By.cssSelector(".move-assessed"));
            browser.waitForText(By.id("status"), "Assessed");
            browser.logOut();

            browser.logIn(hr, PASSWORD);
            openApplication(browser, loser);
            browser.type(By.id("tabs:overview:reason"), "Another applicant had more payroll experience");
            browser.click(By.cssSelector("[id='tabs:overview:reason-told'] .ui-chkbox-box"));
            browser.click(By.cssSelector("[id='tabs:overview:consent'] .ui-chkbox-box"));
            browser.choose("tabs:overview:consent-version", issuedNotice);
            browser.type(By.id("tabs:overview:consent-notice"), "Recruitment privacy notice v3");
            browser.choose("tabs:overview:consent-method", "Email");
            browser.type(By.id("tabs:overview:consent-on_input"), LocalDate.now().format(DAY));
            browser.click(By.id("tabs:overview:reject"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("status"), "Rejected");
            browser.click(By.id("tabs:overview:rejection-docx"));
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(browser.downloaded(".docx")));
                    XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
                String letter = text.getText();
                assertTrue(letter.contains("We will not be taking your application for Payroll officer further."
                        + " Another applicant had more payroll experience"), letter);
                assertTrue(letter.contains("As you agreed, we keep your application until"), letter);
            }
            browser.click(By.linkText("Talent pool"));
            browser.waitForText(By.id("tabs:pool"), "Recruitment privacy notice v3");

            openApplication(browser, winner);
            browser.click(By.cssSelector(".move-conditional_offer"));
            browser.waitForText(By.id("status"), "Conditional offer");
            browser.waitForText(By.id("messages"), "The application now has a conditional offer.");
            browser.click(By.linkText("Checks"));
            declare(browser, "Health questionnaire (fitness to work)", "Fit for office work; no adjustments");
            browser.waitForText(By.id("messages"), "the DPM has not approved it. Request approval first.");
            browser.waitForText(By.id("tabs:checks:refused"), "No approval of the DPM in force covers health data");
            requestCampaignApproval(browser);
            browser.click(By.linkText("Checks"));
            declare(browser, "Criminal-records declaration (unspent convictions)", "No unspent convictions");
            browser.waitForText(By.id("tabs:checks:refused"), "criminal records");
            requestCampaignApproval(browser);
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            for (int request = 0; request < 2; request++) {
                browser.open("/");
                browser.click(By.xpath("//*[@id='pending']//tr[contains(., '" + campaign + "')]//a[text()='Decide']"));
                browser.waitForText(By.id("status"), "Waiting for the DPM");
                browser.click(By.id("decision:approve"));
                browser.waitForText(By.id("status"), "Approved, in force");
            }
            browser.logOut();

            browser.logIn(hr, PASSWORD);
            openApplication(browser, winner);
            browser.click(By.linkText("Checks"));
            declare(browser, "Health questionnaire (fitness to work)", "Fit for office work; no adjustments");
            browser.waitForText(By.id("messages"), "Recorded: Health.");
            declare(browser, "Criminal-records declaration (unspent convictions)", "No unspent convictions");
            browser.waitForText(By.id("messages"), "Recorded: Criminal records");
            String tomorrow = LocalDate.now().plusDays(1).format(DAY);
            browser.assertNothingTypedIsLost(By.id("tabs:checks:identity"),
                    "A check cannot be recorded before it happens.", date("tabs:checks:checked-on", tomorrow));
            browser.retype(By.id("tabs:checks:checked-on_input"), LocalDate.now().format(DAY));
            browser.click(By.id("tabs:checks:identity"));
            browser.waitForText(By.id("messages"), "The proof of identity is checked.");
            browser.click(By.id("tabs:checks:qualifications"));
            browser.waitForText(By.id("messages"), "The proof of qualifications is checked.");
            browser.assertNothingTypedIsLost(By.id("tabs:checks:request-reference"),
                    "A reference cannot be requested in the future.", text("tabs:checks:referee-given", "Rita"),
                    text("tabs:checks:referee-family", "Referee" + run), date("tabs:checks:requested-on", tomorrow));
            browser.retype(By.id("tabs:checks:requested-on_input"), LocalDate.now().format(DAY));
            browser.click(By.id("tabs:checks:request-reference"));
            browser.waitForText(By.id("tabs:checks:references"), "Rita Referee" + run);
            browser.type(By.id("tabs:checks:received-on_input"), LocalDate.now().format(DAY));
            browser.click(By.id("tabs:checks:references:0:received"));
            browser.waitForText(By.id("missing"), "Every check is complete.");
            browser.click(By.linkText("Application"));
            browser.click(By.cssSelector(".move-checks_complete"));
            browser.waitForText(By.id("status"), "Checks complete");
            browser.click(By.cssSelector(".move-final_offer"));
            browser.waitForText(By.id("status"), "Final offer");
            browser.assertNothingTypedIsLost(By.id("tabs:overview:hire"),
                    "Record the bank details of the final offer before hiring.",
                    date("tabs:overview:starts", LocalDate.now().plusMonths(1).format(DAY)));

            browser.click(By.linkText("Offer"));
            browser.assertNothingTypedIsLost(By.id("tabs:offer:save-bank"),
                    "Enter the sort code as six digits, like 12-34-56.",
                    date("tabs:offer:made-on", LocalDate.now().format(DAY)),
                    text("tabs:offer:holder", "Grace " + hired), text("tabs:offer:sort-code", "12-34"),
                    secret("tabs:offer:account", "87654321"));
            browser.type(By.id("tabs:offer:sort-code"), "12-34-56");
            browser.type(By.id("tabs:offer:account"), "87654321");
            browser.click(By.id("tabs:offer:save-bank"));
            browser.waitForText(By.id("bank"), "account ••••4321 (stored encrypted)");
            browser.assertNothingTypedIsLost(By.id("tabs:offer:add-contact"), "Enter a valid email address",
                    text("tabs:offer:contact-given", "Pat"), text("tabs:offer:contact-family", "Partner" + run),
                    text("tabs:offer:contact-email", "pat-at-example.org"), text("tabs:offer:relationship", "Partner"));
            browser.type(By.id("tabs:offer:contact-email"), "pat." + run + "@example.org");
            browser.click(By.id("tabs:offer:add-contact"));
            browser.waitForText(By.id("tabs:offer:contacts"), "Pat Partner" + run);

            browser.click(By.linkText("Application"));
            browser.type(By.id("tabs:overview:starts_input"), LocalDate.now().plusMonths(1).format(DAY));
            browser.click(By.id("tabs:overview:hire"));
            browser.waitForText(By.id("status"), "Hired");
            browser.waitForText(By.id("retention"), "part of the staff file.");
            browser.click(By.linkText("Offer"));
            browser.waitForText(By.id("bank"), "The bank details and emergency contacts moved to the staff file on");
            assertTrue(browser.driver().findElements(By.id("tabs:offer:contacts")).isEmpty(),
                    "the staff file opened after the hire and took them over: recruitment keeps no copy (R2, ADR 0010)");
            theStaffFileHoldsWhatTheOfferRecorded(browser);
            browser.logOut();

            browser.logIn(manager, PASSWORD);
            openApplication(browser, winner);
            browser.waitForText(By.id("hired-notice"), "Grace " + hired + " was hired on");
            browser.waitForText(By.id("hired-notice"), "its hiring managers may read it but not change it.");
            browser.click(By.linkText("Assessments"));
            browser.waitForText(By.id("tabs:assessments:list"), "Clear on month-end payroll");
            assertTrue(browser.driver().findElements(By.id("tabs:assessments:record")).isEmpty()
                    && browser.driver().findElements(By.id("tabs:documents:attach")).isEmpty()
                    && browser.driver().findElements(By.cssSelector("[class*='move-']")).isEmpty(),
                    "the hiring manager reads the hired applicant's application and changes nothing (R2, X1)");
            browser.logOut();

            browser.logIn(hr, PASSWORD);
            openApplication(browser, winner);
            browser.click(By.id("hired-notice:let-managers-change"));
            browser.waitForText(By.id("hired-notice"), "its hiring managers may change it too, as " + hr + " allowed");
            browser.logOut();
            browser.logIn(manager, PASSWORD);
            openApplication(browser, winner);
            browser.click(By.linkText("Assessments"));
            assertFalse(browser.driver().findElements(By.id("tabs:assessments:record")).isEmpty(),
                    "with HR's leave the hiring manager may add to the hired applicant's application (R2)");
            browser.logOut();

            browser.logIn(otherManager, PASSWORD);
            openApplication(browser, winner);
            browser.waitForText(By.id("messages"), "You are not a hiring manager of this campaign");
            assertFalse(browser.driver().getPageSource().contains(hired), "nothing of the application is shown");
            browser.open("/campaigns/list.xhtml");
            browser.waitForText(By.id("campaigns:table"), "No campaign matches.");
        }
    }

    /**
     * The hire opened the staff file by itself (R2): found in the staff list, with the offer's contact and its bank
     * details masked, shown in full to HR when asked (X3).
     */
    private void theStaffFileHoldsWhatTheOfferRecorded(Browser browser) {
        browser.open("/staff/list.xhtml");
        browser.type(By.id("staff:name"), hired);
        browser.click(By.id("staff:find"));
        browser.click(By.linkText("Grace " + hired));
        browser.waitForText(By.id("status"), "Payroll officer, employee, since");
        browser.openPageTab("Bank and contacts");
        browser.waitForText(By.id("bank-details"), "Account ••••4321 (stored encrypted).");
        browser.waitForText(By.id("tabs:bank:contacts"), "Pat Partner" + run);
        browser.click(By.id("tabs:bank:show-bank"));
        browser.waitForText(By.id("bank-details"), "sort code 12-34-56, account number 87654321.");
    }

    /** Opens the campaign with the hiring manager; returns its page's address. */
    private String openCampaign(Browser browser) {
        browser.open("/campaigns/edit.xhtml");
        browser.assertEveryFieldIsLabelled();
        browser.type(By.id("campaign:title"), campaign);
        browser.type(By.id("campaign:role"), "Payroll officer");
        browser.type(By.id("campaign:opens_input"), LocalDate.now().minusDays(14).format(DAY));
        browser.type(By.id("campaign:closes_input"), LocalDate.now().plusDays(14).format(DAY));
        browser.click(By.xpath("//label[text()='Max Hill (" + manager + ")']"));
        browser.click(By.id("campaign:save"));
        browser.waitForText(By.id("stage"), "Open");
        return browser.driver().getCurrentUrl();
    }

    /** Adds an applicant on the campaign's page; returns the application's id. */
    private long addApplicant(Browser browser, String campaignUrl, Runnable person) {
        browser.open(campaignUrl);
        person.run();
        browser.type(By.id("apply:received_input"), LocalDate.now().minusDays(2).format(DAY));
        browser.click(By.id("apply:add"));
        browser.waitForText(By.id("status"), "Received");
        browser.assertEveryFieldIsLabelled();
        Matcher id = ID.matcher(browser.driver().getCurrentUrl());
        if (!id.find()) {
            throw new AssertionError("no application id in " + browser.driver().getCurrentUrl());
        }
        return Long.parseLong(id.group(1));
    }

    private void openApplication(Browser browser, long id) {
        browser.open("/applications/detail.xhtml?id=" + id);
    }

    private void declare(Browser browser, String declaration, String content) {
        browser.choose("tabs:checks:category", declaration);
        browser.choose("tabs:checks:purpose", "Recruitment");
        browser.type(By.id("tabs:checks:content"), content);
        browser.click(By.id("tabs:checks:declare"));
    }

    private void requestCampaignApproval(Browser browser) {
        browser.click(By.id("tabs:checks:request-group-approval"));
        browser.waitForText(By.id("person-name"), "Conditional offers of the campaign " + campaign);
        browser.choose("request:purpose", "Recruitment");
        browser.choose("request:condition", "Obligations or rights under employment or social-security law");
        browser.type(By.id("request:schedule1"), "Schedule 1, paragraph 1");
        browser.type(By.id("request:justification"), "Pre-employment checks of the campaign's conditional offers");
        browser.type(By.id("request:until_input"), LocalDate.now().plusMonths(2).format(DAY));
        browser.click(By.id("request:send"));
        browser.waitForText(By.id("messages"), "Your request was sent to the DPM.");
        browser.waitForText(By.id("status"), "Conditional offer");
    }
}

package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.date;
import static org.custos.system.browser.Browser.Typed.menu;
import static org.custos.system.browser.Browser.Typed.secret;
import static org.custos.system.browser.Browser.Typed.text;
import static org.custos.system.browser.Browser.Typed.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.custos.testsupport.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Nothing typed is ever lost (issue 14), form by form: each form of the application is filled in full and sent so
 * that the server refuses it (or a value fails validation); the message says why and every field still holds what
 * was typed ({@link Browser#assertNothingTypedIsLost}). Passwords are the one exception: they are typed, but no
 * page ever writes a password back into itself; and a browser never keeps a file chosen for sending (a refused logo
 * keeps what is typed in the page's other forms). The proofs and references of an application's checks, its final
 * offer and its hire are checked where the recruitment journey reaches those stages.
 */
@ResourceLock(SystemUnderTest.SETTINGS)
@ExtendWith(SystemUnderTest.class)
class NothingTypedIsLostBrowserIT {

    private static final String PASSWORD = "larch-meadow-88";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.keep." + run;
    private final String dpm = "dpm.keep." + run;
    private final String suffix = run.toUpperCase(Locale.ROOT);
    private final String family = "Keeper" + suffix;
    private final String today = LocalDate.now().format(DAY);
    private final String tomorrow = LocalDate.now().plusDays(1).format(DAY);
    private final String yesterday = LocalDate.now().minusDays(1).format(DAY);

    @Test
    void everyFormKeepsWhatWasTypedWhenItIsRefused() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD,
                    new Browser.Account(hr, "Hana Keep", "HR staff"),
                    new Browser.Account(dpm, "Dora Keep", "Data Protection Manager"));
            theAdministratorsForms(browser);
            browser.logIn(hr, PASSWORD);
            String person = thePersonForms(browser);
            theRecruitmentForms(browser);
            String request = theRightsRequestForm(browser);
            theOwnAccountForms(browser);
            browser.logOut();
            browser.logIn(dpm, PASSWORD);
            theRequestStagesForms(browser, request);
            theRectificationForms(browser);
            theApprovalDecisionForm(browser, person);
            theDpmsForms(browser);
        }
    }

    private void theAdministratorsForms(Browser browser) {
        browser.logIn(SystemUnderTest.adminUser(), SystemUnderTest.adminPassword());
        browser.open("/admin/accounts.xhtml");
        browser.click(By.id("accounts:new-account"));
        browser.assertNothingTypedIsLost(By.id("create:create-account"), "The user name " + hr + " is already taken.",
                text("create:username", hr), text("create:displayName", "Hana Keep again"),
                text("create:email", "hana@example.org"), secret("create:password", PASSWORD),
                tick("create", "HR staff"));
        browser.open("/settings/list.xhtml");
        browser.assertNothingTypedIsLost(By.id("settings:table:0:save"), "Enter the period in words",
                text("settings:table:0:value", "a month"));
        String saturday = LocalDate.now().plusYears(1).with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).format(DAY);
        browser.assertNothingTypedIsLost(By.id("holidays:add"), "deadlines skip weekends already",
                date("holidays:day", saturday), text("holidays:name", "Jubilee " + run));
        browser.logOut();
    }

    /**
     * Adds a person (refused first), then their special-category data and an approval request (sent once refused);
     * returns the person's page.
     */
    private String thePersonForms(Browser browser) {
        browser.open("/people/edit.xhtml");
        browser.assertNothingTypedIsLost(By.id("person:save"), "Enter a valid email address",
                text("person:givenNames", "Kit"), text("person:familyName", family),
                date("person:dateOfBirth", "12/03/1975"), text("person:emails", "kit.keeper-at-example.org"),
                text("person:phone", "01632 960123"), text("person:addressLine1", "1 Mill Lane"),
                text("person:addressLine2", "Upper Mill"), text("person:town", "Leeds"),
                text("person:postcode", "LS1 4AB"), text("person:country", "United Kingdom"),
                tick("person", "Job applicant"), tick("person", "Asked not to be contacted"),
                text("person:doNotContactReason", "Asked by phone"));
        browser.type(By.id("person:emails"), "kit.keeper@example.org");
        browser.click(By.id("person:save"));
        browser.waitForText(By.id("person-name"), "Kit " + family);
        String page = browser.driver().getCurrentUrl();

        browser.click(By.id("sensitive-data"));
        browser.waitForText(By.id("person-name"), "Kit " + family);
        browser.assertNothingTypedIsLost(By.id("sensitive:record"), "Choose the purpose.",
                menu("sensitive:category", "Health"), text("sensitive:content", "Hay fever in June"));

        browser.open(page.replace("/people/detail.xhtml", "/approvals/request.xhtml").replace("?id=", "?subject="));
        browser.waitForText(By.id("person-name"), "Kit " + family);
        browser.assertNothingTypedIsLost(By.id("request:send"), "Choose the purpose the data is wanted for.",
                menu("request:category", "Health"),
                menu("request:condition", "Obligations or rights under employment or social-security law"),
                text("request:schedule1", "Schedule 1, paragraph 1"),
                text("request:justification", "Adjustments at the interview"),
                date("request:until", LocalDate.now().plusMonths(1).format(DAY)));
        browser.choose("request:purpose", "Employment administration");
        browser.click(By.id("request:send"));
        browser.waitForText(By.id("messages"), "Your request was sent to the DPM.");
        return page;
    }

    /**
     * A campaign (refused first), an applicant to it (refused first, then sent again as typed: the refused try
     * registered no one), the privacy notice, an assessment, a move with its note, a document, a rejection, the
     * health questionnaire without the DPM's approval and the applicant's withdrawal.
     */
    private void theRecruitmentForms(Browser browser) {
        browser.open("/campaigns/edit.xhtml");
        String opens = LocalDate.now().minusDays(3).format(DAY);
        int nextYear = LocalDate.now().getYear() + 1;
        browser.assertNothingTypedIsLost(By.id("campaign:save"), "Enter the closing date as day/month/year.",
                text("campaign:title", "Archivist " + run), text("campaign:role", "Archivist"),
                date("campaign:opens", opens), date("campaign:closes", "31/02/" + nextYear));
        browser.assertNothingTypedIsLost(By.id("campaign:save"), "The closing date cannot be before the opening date.",
                date("campaign:closes", LocalDate.now().minusDays(4).format(DAY)));
        browser.retype(By.id("campaign:closes_input"), LocalDate.now().plusDays(20).format(DAY));
        browser.click(By.id("campaign:save"));
        browser.waitForText(By.id("stage"), "Open");

        browser.assertNothingTypedIsLost(By.id("apply:add"), "The application cannot be received in the future.",
                text("apply:applicant-given", "Lee"),
                text("apply:applicant-family", "Appleby" + suffix),
                date("apply:applicant-born", "01/02/1990"),
                text("apply:applicant-email", "lee." + run + "@example.org"),
                menu("apply:source", "Recruitment agency"), text("apply:source-name", "Northern Recruiters"),
                date("apply:received", tomorrow));
        browser.retype(By.id("apply:received_input"), today);
        browser.click(By.id("apply:add"));
        browser.waitForText(By.id("status"), "Received");

        browser.assertNothingTypedIsLost(By.id("tabs:overview:notice-given"),
                "The notice cannot be given in the future.", date("tabs:overview:notice-on", tomorrow));
        browser.click(By.cssSelector(".move-shortlisted"));
        browser.waitForText(By.id("status"), "Shortlisted");

        browser.click(By.linkText("Assessments"));
        browser.assertNothingTypedIsLost(By.id("tabs:assessments:record"), "The score is between 0 and 100.",
                menu("tabs:assessments:type", "Interview"), date("tabs:assessments:held", today),
                text("tabs:assessments:assessor", "Hana Keep"), text("tabs:assessments:notes", "Knows the catalogue"),
                text("tabs:assessments:score", "150"));
        browser.type(By.id("tabs:assessments:score"), "80");
        browser.click(By.id("tabs:assessments:record"));
        browser.waitForText(By.id("tabs:assessments:list"), "Knows the catalogue");
        // a move is offered only when it is allowed, so its note is checked as saved with it
        browser.click(By.linkText("Application"));
        browser.type(By.id("tabs:overview:note"), "The panel met on Monday");
        browser.click(By.cssSelector(".move-assessed"));
        browser.waitForText(By.id("status"), "Assessed");
        browser.click(By.linkText("Timeline"));
        browser.waitForText(By.id("tabs:timeline"), "The panel met on Monday");

        browser.click(By.linkText("Documents"));
        browser.assertNothingTypedIsLost(By.id("tabs:documents:attach"), "Choose a file.",
                menu("tabs:documents:kind", "Cover letter"));

        browser.click(By.linkText("Application"));
        browser.click(By.cssSelector("[id='tabs:overview:consent'] .ui-chkbox-box"));
        browser.assertNothingTypedIsLostOnceConfirmed(By.id("tabs:overview:reject"),
                "Consent cannot be given in the future.",
                text("tabs:overview:reason", "Another applicant knew the catalogue better"),
                text("tabs:overview:consent-notice", "Recruitment privacy notice v3"),
                menu("tabs:overview:consent-method", "Email"), date("tabs:overview:consent-on", tomorrow));
        assertTrue(browser.driver().findElement(By.id("tabs:overview:consent_input")).isSelected(),
                "the consent stays ticked");

        browser.click(By.cssSelector(".move-conditional_offer"));
        browser.waitForText(By.id("status"), "Conditional offer");
        browser.click(By.linkText("Checks"));
        browser.assertNothingTypedIsLost(By.id("tabs:checks:declare"), "the DPM has not approved it.",
                menu("tabs:checks:category", "Health questionnaire (fitness to work)"),
                menu("tabs:checks:purpose", "Recruitment"),
                text("tabs:checks:content", "Fit for archive work; a chair with arm rests"));
        theWithdrawalRefusedForAChangeMadeMeanwhile(browser);
    }

    /** Another tab records the applicant's withdrawal first: this tab's is refused, its reason kept. */
    private void theWithdrawalRefusedForAChangeMadeMeanwhile(Browser browser) {
        browser.click(By.linkText("Application"));
        String first = browser.driver().getWindowHandle();
        ((JavascriptExecutor) browser.driver()).executeScript("window.open(arguments[0]);",
                browser.driver().getCurrentUrl());
        browser.switchToTheNewTab();
        browser.click(By.id("tabs:overview:withdraw"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("status"), "Withdrawn");
        browser.closeTabAndReturnTo(first);
        browser.assertNothingTypedIsLostOnceConfirmed(By.id("tabs:overview:withdraw"), "was changed by someone else",
                text("tabs:overview:withdrawal", "Took a post nearer home"));
    }

    /** Logs a request (refused first); returns its page. */
    private String theRightsRequestForm(Browser browser) {
        browser.open("/requests/new.xhtml");
        browser.assertNothingTypedIsLost(By.id("request:log"), "The request cannot be received in the future.",
                text("request:person-given", "Sam"),
                text("request:person-family", "Rowntree" + suffix),
                date("request:person-born", "05/06/1988"), text("request:person-email", "sam." + run + "@example.org"),
                menu("request:category", "Job applicant"), menu("request:type", "Access (a copy of the data)"),
                menu("request:channel", "Email"), text("request:representative", "Their solicitor, with a letter"),
                text("request:asked", "Everything you hold about me"), date("request:received", tomorrow));
        browser.retype(By.id("request:received_input"), today);
        browser.click(By.id("request:log"));
        browser.waitForText(By.id("due"), " days left");
        return browser.driver().getCurrentUrl();
    }

    /** A password change and a second factor, each refused: passwords are never written back, the key stays. */
    private void theOwnAccountForms(Browser browser) {
        browser.open("/account/own.xhtml");
        browser.assertNothingTypedIsLost(By.id("password:change"), "The two new passwords are not the same.",
                secret("password:current", PASSWORD), secret("password:new", "aspen-harbour-41"),
                secret("password:repeated", "aspen-harbour-42"));
        browser.click(By.id("second-factor:start"));
        String key = browser.visible(By.id("secret")).getText();
        browser.assertNothingTypedIsLost(By.id("second-factor:enable"), "This is not the code your authenticator app",
                text("second-factor:code", "000000"));
        assertEquals(key, browser.visible(By.id("secret")).getText(), "the key to scan stays the same");
    }

    /**
     * The request's stages, each refused once: identity (then verified), the clock, a review item of the compiled
     * response, the fee and the response sent; then a disclosure and a legal hold on the person's page.
     */
    private void theRequestStagesForms(Browser browser, String request) {
        browser.open(request);
        browser.assertNothingTypedIsLost(By.id("identity-stage:verified"), "The day cannot be in the future.",
                date("identity-stage:verified-on", tomorrow));
        browser.retype(By.id("identity-stage:verified-on_input"), today);
        browser.click(By.id("identity-stage:verified"));
        browser.waitForText(By.id("identity"), "Verified");
        browser.assertNothingTypedIsLost(By.id("clock:stop"), "The day cannot be in the future.",
                menu("clock:stop-reason", "Waiting for clarification"), date("clock:stopped-on", tomorrow));

        browser.click(By.id("review:compile"));
        browser.waitForText(By.id("compile-state"), "Compiled");
        browser.click(By.id("review:items:0:edit"));
        browser.waitForFocusOn("review:items:0:fields:0:redacted");
        browser.assertNothingTypedIsLost(By.id("review:items:0:decide"), "Choose the decision.",
                text("review:items:0:fields:0:redacted", "[withheld]"),
                text("review:items:0:ground", "Names a third party"));
        browser.click(By.id("review:items:0:cancel"));
        // the cancel gives the focus back to the item's link when its request completes: typing must wait for it
        browser.waitForFocusOn("review:items:0:edit");

        browser.assertNothingTypedIsLost(By.id("respond:record-fee"), "Enter the fee in whole pence",
                text("respond:fee", "ten p"), text("respond:fee-reason", "A second copy on paper"));
        browser.assertNothingTypedIsLost(By.id("respond:responded"), "The day cannot be in the future.",
                date("respond:responded-on", tomorrow));

        browser.click(By.linkText("The person in the register"));
        browser.assertNothingTypedIsLost(By.id("disclosures:record-disclosure"),
                "A disclosure cannot be recorded before it happens.", text("disclosures:recipient", "HMRC"),
                text("disclosures:disclosed", "Name and pay for the year"),
                menu("disclosures:disclosure-purpose", "Payroll"), date("disclosures:disclosed-on", tomorrow));
        browser.retype(By.id("disclosures:disclosed-on_input"), today);
        browser.click(By.id("disclosures:record-disclosure"));
        browser.waitForText(By.id("disclosures:disclosure-list"), "HMRC");
        browser.assertNothingTypedIsLost(By.id("legal-holds:place-hold"), "Give the reason for the hold",
                menu("legal-holds:hold-context", "Recruitment"), text("legal-holds:hold-reason", "  "));
    }

    /** The DPM logs a rectification for the same person: a correction and the notice to a recipient, refused. */
    private void theRectificationForms(Browser browser) {
        browser.open("/requests/new.xhtml");
        browser.type(By.id("request:person-query"), "Rowntree" + suffix);
        browser.click(By.id("request:person-find"));
        browser.click(By.xpath("//label[starts-with(text(), 'Sam Rowntree" + suffix + "')]"));
        browser.choose("request:type", "Rectification");
        browser.choose("request:channel", "Email");
        browser.type(By.id("request:asked"), "My family name is misspelt");
        browser.type(By.id("request:received_input"), today);
        browser.click(By.id("request:log"));
        browser.waitForText(By.id("due"), " days left");
        browser.type(By.id("identity-stage:no-check-reason"), "Asked in person; the DPM knows him");
        browser.click(By.id("identity-stage:no-check-needed"));
        browser.waitForText(By.id("identity"), "No check needed");

        browser.assertNothingTypedIsLost(By.id("corrections:add"), "Choose the field to correct.",
                text("corrections:value", "Rowntree-Smith" + suffix));
        browser.choose("corrections:field", "People register: The person's record in the register: Family name");
        browser.click(By.id("corrections:add"));
        browser.waitForText(By.id("corrections:table"), "To make");
        browser.click(By.id("corrections:rectify"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("recipients:table"), "HMRC");
        browser.assertNothingTypedIsLost(By.id("recipients:table:0:told"), "The day cannot be in the future.",
                date("recipients:told-on", tomorrow));
    }

    /** The DPM decides HR's approval request from the person's page: an end date in the past is refused. */
    private void theApprovalDecisionForm(Browser browser, String person) {
        browser.open(person);
        browser.click(By.xpath("//*[@id='person-approvals']//a"));
        browser.waitForText(By.id("status"), "Waiting for the DPM");
        browser.assertNothingTypedIsLost(By.id("decision:approve"),
                "The end date of an approval cannot be in the past.", date("decision:until", yesterday),
                text("decision:note", "For the interview day only"));
    }

    /**
     * The DPM's forms; on the letters page, a refused logo (sent with its form alone) keeps what was typed in the
     * organisation's details, not yet saved.
     */
    private void theDpmsForms(Browser browser) {
        browser.open("/purposes/list.xhtml");
        browser.click(By.id("purposes:new-purpose"));
        browser.choose("purpose:basis", "Legitimate interests");
        browser.type(By.id("purpose:interest"), "Keeping the catalogue whole");
        browser.choose("purpose:basis", "Consent");
        browser.choose("purpose:basis", "Legitimate interests");
        assertEquals("Keeping the catalogue whole", browser.visible(By.id("purpose:interest")).getAttribute("value"),
                "changing the lawful basis loses nothing typed");
        browser.assertNothingTypedIsLost(By.id("purpose:save-purpose"), "Legitimate interests need all three parts",
                text("purpose:name", "Archiving " + run), text("purpose:description", "Keeping the catalogue"),
                menu("purpose:basis", "Legitimate interests"), text("purpose:interest", "Keeping the catalogue whole"),
                text("purpose:necessity", "No other way to keep it"),
                date("purpose:review", LocalDate.now().plusYears(1).format(DAY)),
                text("purpose:transfers", "None"), text("purpose:automated", "None"));

        browser.open("/breaches/edit.xhtml");
        browser.assertNothingTypedIsLost(By.id("breach:save"), "Choose what happened",
                text("breach:summary", "Laptop left on a train " + run), text("breach:description", "Unencrypted"),
                date("breach:occurredAt", yesterday + " 08:30"), date("breach:awareAt", yesterday + " 09:15"),
                text("breach:howDiscovered", "Told by the owner"), text("breach:systems", "Payroll laptop"),
                text("breach:dataCategories", "Names and pay"), text("breach:approxRecords", "40"),
                text("breach:peopleCategories", "Staff"), text("breach:approxPeople", "40"),
                text("breach:consequences", "Possible fraud"), text("breach:measuresTaken", "Remote wipe asked"),
                text("breach:measuresPlanned", "Encrypt every laptop"));

        browser.open("/settings/letters.xhtml");
        browser.assertNothingTypedIsLost(By.id("organisation:save"), "Enter the Data Protection Manager's email",
                text("organisation:controllerName", "Keep Ltd " + run), text("organisation:address", "2 Mill Lane"),
                text("organisation:icoNumber", "ZA123456"), text("organisation:dpmName", "Dora Keep"),
                text("organisation:dpmEmail", "dora-at-example"), text("organisation:dpmPhone", "01632 960124"),
                text("organisation:signatoryName", "Dora Keep"), text("organisation:signatoryRole", "DPM"));
        browser.driver().findElement(By.id("logo:file_input")).sendKeys(notAnImage().toString());
        browser.assertNothingTypedIsLost(By.id("logo:upload"), "The logo must be a PNG or JPEG image.",
                text("organisation:controllerName", "Keep and Sons " + run),
                text("organisation:dpmName", "Dora Keep-Mills"));
        browser.assertNothingTypedIsLost(By.id("template:saveTemplate"), "{{no_such_thing}}",
                text("template:title", "Your request " + run), text("template:body", "Dear {{no_such_thing}},"));

        browser.open("/grants/list.xhtml");
        browser.assertNothingTypedIsLost(By.id("grant:give"), "Choose the account.",
                text("grant:recordType", "ComplaintFile"), text("grant:recordId", "C-" + run),
                text("grant:reason", "Covers for the handler"), date("grant:until", tomorrow));
    }

    /** A PDF named as a PNG: Custos tells a logo by its content. */
    private Path notAnImage() {
        try {
            Path file = Files.createTempDirectory("custos-logo").resolve("logo.png");
            return Files.write(file, Documents.pdf("Not a logo " + run));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

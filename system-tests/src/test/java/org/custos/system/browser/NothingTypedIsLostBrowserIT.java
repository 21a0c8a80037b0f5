package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.date;
import static org.custos.system.browser.Browser.Typed.menu;
import static org.custos.system.browser.Browser.Typed.secret;
import static org.custos.system.browser.Browser.Typed.text;
import static org.custos.system.browser.Browser.Typed.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Nothing typed is ever lost (issue 14), form by form: each form of the application is filled in full and sent so
 * that the server refuses it (or a value fails validation); the message says why and every field still holds what
 * was typed ({@link Browser#assertNothingTypedIsLost}). Passwords are the one exception: they are typed, but no
 * page ever writes a password back into itself.
 */
@ExtendWith(ArquillianExtension.class)
class NothingTypedIsLostBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SystemUnderTest.ear();
    }

    private static final String PASSWORD = "larch-meadow-88";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.keep." + run;
    private final String dpm = "dpm.keep." + run;
    private final String suffix = run.toUpperCase(Locale.ROOT);
    private final String family = "Keeper" + suffix;
    private final String today = LocalDate.now().format(DAY);
    private final String tomorrow = LocalDate.now().plusDays(1).format(DAY);

    @Test
    void everyFormKeepsWhatWasTypedWhenItIsRefused() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.openAccounts(PASSWORD,
                    new Browser.Account(hr, "Hana Keep", "HR staff"),
                    new Browser.Account(dpm, "Dora Keep", "Data Protection Manager"));
            theAdministratorsForms(browser);
            browser.logIn(hr, PASSWORD);
            thePersonForms(browser);
            theRecruitmentForms(browser);
            String request = theRightsRequestForm(browser);
            browser.logOut();
            browser.logIn(dpm, PASSWORD);
            theDpmsForms(browser, request);
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
        browser.logOut();
    }

    /** Adds a person (refused first), then their special-category data and an approval request. */
    private void thePersonForms(Browser browser) {
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
    }

    /**
     * A campaign (refused first), an applicant to it (refused first, then sent again as typed: the refused try
     * registered no one) and an assessment of them.
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

        browser.click(By.linkText("Assessments"));
        browser.assertNothingTypedIsLost(By.id("tabs:assessments:record"), "The score is between 0 and 100.",
                menu("tabs:assessments:type", "Interview"), date("tabs:assessments:held", today),
                text("tabs:assessments:assessor", "Hana Keep"), text("tabs:assessments:notes", "Knows the catalogue"),
                text("tabs:assessments:score", "150"));
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

    private void theDpmsForms(Browser browser, String request) {
        browser.open(request);
        browser.assertNothingTypedIsLost(By.id("respond:record-fee"), "Enter the fee in whole pence",
                text("respond:fee", "ten p"), text("respond:fee-reason", "A second copy on paper"));

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
        String yesterday = LocalDate.now().minusDays(1).format(DAY);
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
        browser.assertNothingTypedIsLost(By.id("template:saveTemplate"), "{{no_such_thing}}",
                text("template:title", "Your request " + run), text("template:body", "Dear {{no_such_thing}},"));

        browser.open("/grants/list.xhtml");
        browser.assertNothingTypedIsLost(By.id("grant:give"), "Choose the account.",
                text("grant:recordType", "ComplaintFile"), text("grant:recordId", "C-" + run),
                text("grant:reason", "Covers for the handler"), date("grant:until", tomorrow));
    }
}

package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.date;
import static org.custos.system.browser.Browser.Typed.text;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The staff file in a real browser (T1, S1, S2, X1; the hire's file is {@link RecruitmentJourneyBrowserIT}'s): HR
 * opens files directly for a new person (refused first without a job title, nothing typed lost and no one
 * registered) and for someone found in the register; changes the engagement with a line manager chosen among the
 * staff; a change someone else made meanwhile is named and what was typed stays; a leaving date makes the person a
 * former member of staff, on the file, in the register and in the list of leavers, exported to CSV; HR adds and
 * removes an emergency contact, records a sickness absence and opens a grievance about the line manager's account,
 * chosen among those offered. A hiring manager may not open the staff pages; HR asks the DPM to share the file's HR
 * data with them (L5), and once approved they read those fields and the periods of sickness absence (not their
 * health, L4), and not the finance ones, under Shared staff data.
 */
@ExtendWith(SystemUnderTest.class)
class StaffJourneyBrowserIT {

    private static final String PASSWORD = "copper-lantern-6061";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String hr = "hr.staff." + run;
    private final String manager = "hm.staff." + run;
    private final String dpm = "dpm.staff." + run;
    private final String suffix = run.toUpperCase(Locale.ROOT);
    private final String boss = "Mona Boss" + suffix;
    private final String clerk = "Sam Clerk" + suffix;

    @Test
    void hrOpensFilesDirectlyChangesTheEngagementAndRecordsALeaver_T1_S1_S2() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(hr, "Hera Staff", "HR staff"),
                    new Browser.Account(manager, "Hank Staff", "Hiring manager"),
                    new Browser.Account(dpm, "Dora Staff", "Data Protection Manager"));
            browser.logIn(hr, PASSWORD);
            openForANewPerson(browser);
            browser.registerPerson("Sam", "Clerk" + suffix, "Client or customer contact");
            openForSomeoneInTheRegister(browser);
            String file = browser.driver().getCurrentUrl();
            changeTheEngagement(browser);
            aChangeMadeMeanwhileIsNamedAndWhatWasTypedStays(browser, file);
            recordTheLeavingDate(browser, file);
            addAndRemoveAnEmergencyContact(browser);
            theListShowsTheLeaverAndExportsThem(browser);
            recordAnAbsence(browser, file);
            openAGrievanceAboutTheLineManager(browser, file);
            askToShareWithTheLineManager(browser, file);
            browser.logOut();

            browser.logIn(manager, PASSWORD);
            browser.open("/shared/staff.xhtml");
            browser.waitForText(By.id("shared:table"), "No staff data is shared with you.");
            assertTrue(browser.driver().findElements(By.linkText("Staff")).isEmpty(), "no Staff in their menu");
            browser.open("/staff/list.xhtml");
            browser.waitForText(By.id("denied"), "You are not allowed to open this page.");
            browser.open(file);
            browser.waitForText(By.id("denied"), "You are not allowed to open this page.");
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            browser.waitForText(By.id("pending"), clerk);
            browser.click(By.xpath("//*[@id='pending']//tr[contains(., '" + clerk + "')]//a[text()='Decide']"));
            browser.waitForText(By.id("status"), "Waiting for the DPM");
            browser.click(By.id("decision:approve"));
            browser.waitForText(By.id("status"), "Approved, in force");
            browser.logOut();

            theLineManagerSeesTheApprovedFieldsOnly(browser);
        }
    }

    /** A week's sickness absence while employed: the line manager is to see the period. */
    private void recordAnAbsence(Browser browser, String file) {
        browser.open(file);
        browser.openPageTab("Absence");
        browser.type(By.id("tabs:absence:first-day_input"), "03/03/2025");
        browser.type(By.id("tabs:absence:last-day_input"), "07/03/2025");
        browser.click(By.id("tabs:absence:save-period"));
        browser.waitForText(By.id("messages"), "The absence from 3 March 2025 is recorded.");
    }

    /** X1: the account a case is about is chosen among the accounts offered for part of its name. */
    private void openAGrievanceAboutTheLineManager(Browser browser, String file) {
        browser.open(file);
        browser.openPageTab("Cases");
        browser.waitForText(By.id("tabs:cases:list"), "No cases you handle.");
        browser.choose("tabs:cases:kind", "Grievance");
        browser.type(By.id("tabs:cases:opened-on_input"), LocalDate.now().format(DateTimeFormatter.ofPattern(
                "dd/MM/yyyy")));
        browser.type(By.id("tabs:cases:summary"), "Handover withheld");
        browser.type(By.id("tabs:cases:about_input"), "Hank St");
        browser.click(By.xpath("//*[@id='tabs:cases:about_panel']//li[normalize-space(.)='Hank Staff (" + manager
                + ")']"));
        browser.click(By.id("tabs:cases:open-case"));
        browser.waitForText(By.id("messages"), "The case is open.");
        browser.waitForText(By.id("case-status"), "about the account " + manager + ", who is never shown it");
    }

    /** L5: HR asks the DPM to let the line manager use the file's HR data; refused first without a purpose. */
    private void askToShareWithTheLineManager(Browser browser, String file) {
        browser.open(file);
        browser.click(By.id("share"));
        browser.waitForText(By.id("person-name"), clerk);
        browser.assertEveryFieldIsLabelled();
        browser.choose("request:user", "Hank Staff (" + manager + ")");
        browser.choose("request:area", "HR activities");
        browser.type(By.id("request:justification"), "Exit interview and handover");
        browser.assertNothingTypedIsLost(By.id("request:send"), "Choose the purpose the data is wanted for.",
                date("request:until", LocalDate.now().plusMonths(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        browser.choose("request:purpose", "Employment administration");
        browser.click(By.id("request:send"));
        browser.waitForText(By.id("messages"), "Your request was sent to the DPM.");
        browser.waitForText(By.id("status"), "Former member of staff");
    }

    /** L5: once approved, the manager finds the file under Shared staff data, with the HR fields and no more. */
    private void theLineManagerSeesTheApprovedFieldsOnly(Browser browser) {
        browser.logIn(manager, PASSWORD);
        browser.click(By.linkText("Shared staff data"));
        browser.waitForText(By.id("shared:table"), "HR activities");
        browser.click(By.linkText(clerk));
        browser.waitForText(By.id("engagement"), "Senior bookkeeper");
        browser.waitForText(By.id("engagement"), boss);
        assertFalse(browser.driver().findElement(By.id("engagement")).getText().contains("Resigned"),
                "the reason for leaving stays with HR");
        assertTrue(browser.driver().findElements(By.id("bank")).isEmpty(), "bank details are finance data");
        browser.waitForText(By.id("absences"), "Sickness absence");
        browser.waitForText(By.id("absences"), "3 March 2025");
        browser.waitForText(By.id("absences"), "7 March 2025");
        browser.waitForText(By.xpath("//tbody[@id='absences_data']/tr[1]/td[4]"), "5");
        browser.open(browser.driver().getCurrentUrl().replace("area=HR", "area=FINANCE"));
        browser.waitForText(By.id("messages"), "written approval, and none is in force for you");
    }

    /** Refused without a job title, with all kept and no one registered; then opened. */
    private void openForANewPerson(Browser browser) {
        browser.open("/");
        browser.click(By.linkText("Staff"));
        browser.click(By.id("staff:open"));
        browser.assertEveryFieldIsLabelled();
        browser.assertNothingTypedIsLost(By.id("open:open-file"), "Enter the job title.",
                text("open:person-given", "Mona"), text("open:person-family", "Boss" + suffix),
                date("open:start", "01/04/2019"));
        browser.choose("open:type", "Director");
        browser.type(By.id("open:job-title"), "Operations director");
        browser.click(By.id("open:open-file"));
        browser.waitForText(By.id("messages"), "The staff file of " + boss + " is open.");
        browser.waitForText(By.id("status"), "Operations director, director, since 1 April 2019.");
    }

    private void openForSomeoneInTheRegister(Browser browser) {
        browser.open("/staff/open.xhtml");
        browser.type(By.id("open:person-query"), "Clerk" + suffix);
        browser.click(By.id("open:person-find"));
        browser.click(By.xpath("//label[starts-with(text(), '" + clerk + "')]"));
        browser.type(By.id("open:job-title"), "Bookkeeper");
        browser.type(By.id("open:start_input"), "02/09/2024");
        browser.click(By.id("open:open-file"));
        browser.waitForText(By.id("status"), "Bookkeeper, employee, since 2 September 2024.");
    }

    private void changeTheEngagement(Browser browser) {
        browser.assertEveryFieldIsLabelled();
        browser.type(By.id("tabs:engagement:department"), "Finance " + suffix);
        browser.type(By.id("tabs:engagement:manager-query"), "Boss" + suffix);
        browser.click(By.id("tabs:engagement:find-manager"));
        browser.choose("tabs:engagement:manager", boss + ", Operations director");
        browser.type(By.id("tabs:engagement:place"), "Leeds office");
        browser.type(By.id("tabs:engagement:contract"), "Permanent");
        browser.type(By.id("tabs:engagement:hours"), "37.5");
        browser.type(By.id("tabs:engagement:probation_input"), "02/03/2025");
        browser.click(By.id("tabs:engagement:save"));
        browser.waitForText(By.id("messages"), "The engagement is changed; what it was is kept in its history.");
        browser.waitForText(By.id("current"), boss);
        browser.waitForText(By.id("current"), "Permanent, 37.5 hours a week");
        browser.waitForText(By.id("tabs:engagement:history"), "Bookkeeper");
        assertTrue(browser.driver().findElement(By.id("tabs:engagement:history")).getText().contains(boss),
                "the history names the line manager");
    }

    /** Another tab changes the file; the first tab's save is refused, keeping what was typed there. */
    private void aChangeMadeMeanwhileIsNamedAndWhatWasTypedStays(Browser browser, String file) {
        String first = browser.driver().getWindowHandle();
        ((JavascriptExecutor) browser.driver()).executeScript("window.open(arguments[0]);", file);
        browser.switchToTheNewTab();
        browser.retype(By.id("tabs:engagement:job-title"), "Senior bookkeeper");
        browser.click(By.id("tabs:engagement:save"));
        browser.waitForText(By.id("status"), "Senior bookkeeper, employee");
        browser.closeTabAndReturnTo(first);
        browser.assertNothingTypedIsLost(By.id("tabs:engagement:save"), "was changed by someone else",
                date("tabs:engagement:leaving", "31/12/2025"), text("tabs:engagement:leaving-reason", "Resigned"));
    }

    private void recordTheLeavingDate(Browser browser, String file) {
        browser.open(file);
        assertTrue(browser.driver().findElement(By.id("tabs:engagement:job-title")).getAttribute("value")
                .equals("Senior bookkeeper"), "reloaded, the form shows the other change");
        browser.type(By.id("tabs:engagement:leaving_input"), "31/12/2025");
        browser.type(By.id("tabs:engagement:leaving-reason"), "Resigned");
        browser.click(By.id("tabs:engagement:save"));
        browser.waitForText(By.id("status"), "Former member of staff: left on 31 December 2025.");
        browser.waitForText(By.id("tabs:engagement:history"), "31 December 2025: Resigned");
        browser.click(By.id("person"));
        browser.waitForText(By.id("person-categories"), "Former member of staff");
        assertFalse(browser.driver().findElement(By.id("person-categories")).getText().contains("Member of staff"),
                "no longer a member of staff (S2)");
        browser.waitForText(By.id("staff-files"), "Senior bookkeeper");
        browser.click(By.linkText("Senior bookkeeper"));
        browser.waitForText(By.id("status"), "Former member of staff");
    }

    private void addAndRemoveAnEmergencyContact(Browser browser) {
        browser.openPageTab("Bank and contacts");
        browser.waitForText(By.id("bank-details"), "No bank details are recorded.");
        browser.type(By.id("tabs:bank:contact-given"), "Kim");
        browser.type(By.id("tabs:bank:contact-family"), "Kin" + suffix);
        browser.type(By.id("tabs:bank:relationship"), "Sister");
        browser.click(By.id("tabs:bank:add-contact"));
        browser.waitForText(By.id("messages"), "The emergency contact is added.");
        browser.waitForText(By.id("tabs:bank:contacts"), "Kim Kin" + suffix);
        browser.click(By.id("tabs:bank:contacts:0:remove"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("tabs:bank:contacts"), "No emergency contacts.");
    }

    private void theListShowsTheLeaverAndExportsThem(Browser browser) {
        browser.open("/staff/list.xhtml");
        browser.assertEveryFieldIsLabelled();
        browser.type(By.id("staff:department"), "Finance " + suffix);
        browser.click(By.id("staff:find"));
        browser.waitForText(By.id("staff:table"), "No member of staff matches.");
        browser.choose("staff:status", "Leavers");
        browser.click(By.id("staff:find"));
        browser.waitForText(By.id("staff:table"), clerk);
        browser.click(By.id("staff:csv"));
        String csv = new String(browser.downloaded(".csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(clerk) && csv.contains("Senior bookkeeper") && csv.contains("Employee"), csv);
        assertFalse(csv.contains("#{"), "values, not the expressions that show them");
    }
}

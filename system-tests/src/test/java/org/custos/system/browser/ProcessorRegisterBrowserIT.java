package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.date;
import static org.custos.system.browser.Browser.Typed.menu;
import static org.custos.system.browser.Browser.Typed.text;
import static org.custos.system.browser.Browser.Typed.tick;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The processor register in a real browser (X4): the office manager (an HR account) adds a supplier with a contact,
 * records it as a processor (refused first without a purpose, with nothing typed lost), records the evidence of six
 * of the seven conditions (one refused, with nothing typed lost, after the processor was changed in another tab), proposes an agreement version with every contract term and sends it to the DPM; the DPM
 * finds it on their home page, is refused approval while a condition is unmet without saying why, and approves it
 * with a reason; the office manager records it as signed and withdraws the evidence of one condition (asked to
 * confirm); the register shows the processor with its conditions met and unmet and its signed version, which stands.
 */
@ExtendWith(SystemUnderTest.class)
class ProcessorRegisterBrowserIT {

    private static final String PASSWORD = "cobalt-lantern-8261";
    private static final List<String> EVIDENCED = List.of("Business need", "Named in the privacy notice",
            "Agreed to our security procedures", "Written contract with approved terms",
            "Helps with rights requests, breaches and impact assessments", "Deletes or returns the data at the end");
    private static final List<String> TERMS = List.of("Processes the data only on our documented instructions",
            "Its staff are bound to confidentiality", "Takes the security measures Art 32 requires",
            "Engages sub-processors only with our authorisation and on the same terms",
            "Helps us answer rights requests", "Helps us with security, breaches and impact assessments",
            "Deletes or returns the data at the end", "Gives us the information we need and allows audits");

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String officeManager = "hr.processor." + run;
    private final String dpm = "dpm.processor." + run;
    private final String stem = "Payroll Bureau " + run.toUpperCase(Locale.ROOT);
    private final String supplier = stem + " Ltd";

    @Test
    void theDpmApprovesAProcessorsAgreementBeforeTheOfficeManagerRecordsItSigned_X4() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(officeManager, "Otto Office", "HR staff"),
                    new Browser.Account(dpm, "Petra Privacy", "Data Protection Manager"));
            browser.logIn(officeManager, PASSWORD);
            addTheSupplierWithAContact(browser);
            recordItAsAProcessor(browser);
            recordTheEvidence(browser);
            proposeAnAgreementAndSendItToTheDpm(browser);
            browser.logOut();

            browser.logIn(dpm, PASSWORD);
            approveItFromTheHomePage(browser);
            browser.logOut();

            browser.logIn(officeManager, PASSWORD);
            recordItSigned(browser);
            seeItInTheRegister(browser);
        }
    }

    private void addTheSupplierWithAContact(Browser browser) {
        browser.open("/");
        browser.click(By.linkText("Organisations"));
        browser.click(By.id("organisations:add"));
        browser.type(By.id("details-form:name"), supplier);
        browser.click(By.xpath("//form[@id='details-form']//label[normalize-space(.)='Supplier']"));
        browser.click(By.id("details-form:save"));
        browser.waitForText(By.id("messages"), "The organisation is recorded.");
        browser.type(By.id("contact:person-given"), "Pat");
        browser.type(By.id("contact:person-family"), "Payne" + run.toUpperCase(Locale.ROOT));
        browser.choose("contact:kind", "Supplier contact");
        browser.type(By.id("contact:role"), "Client services");
        browser.click(By.xpath("//*[@id='contact:source']//label[normalize-space()="
                + "'From their organisation or someone else']"));
        browser.click(By.id("contact:add-contact"));
        browser.waitForText(By.id("messages"), "The contact is added.");
        browser.waitForText(By.id("contacts"), "Client services");
    }

    private void recordItAsAProcessor(Browser browser) {
        browser.waitForText(By.id("not-a-processor"), "Not recorded as a processor.");
        browser.assertEveryFieldIsLabelled();
        browser.assertNothingTypedIsLost(By.id("processor:save-processor"), "Choose the purposes the processor serves.",
                text("processor:services", "Payroll and payslips"),
                text("processor:data", "Pay, bank details, tax codes"), tick("processor", "Member of staff"),
                text("processor:countries", "United Kingdom"), date("processor:review", "01/12/2027"));
        browser.click(By.xpath("//form[@id='processor']//label[normalize-space(.)='Employment administration']"));
        browser.click(By.id("processor:save-processor"));
        browser.waitForText(By.id("messages"), "The organisation is recorded as a processor.");
        browser.waitForText(By.id("processor-details"), "1 December 2027");
        browser.waitForText(By.id("conditions"), "Not met");
    }

    private void recordTheEvidence(Browser browser) {
        for (String condition : EVIDENCED.subList(0, EVIDENCED.size() - 1)) {
            recordTheEvidenceOf(browser, condition);
        }
        String last = EVIDENCED.get(EVIDENCED.size() - 1);
        String page = browser.driver().getCurrentUrl();
        changedMeanwhileInAnotherTab(browser, page);
        browser.assertNothingTypedIsLost(By.id("evidence:record-evidence"), "This processor was changed by someone"
                + " else while you were editing it. Nothing was saved",
                menu("evidence:condition", last), text("evidence:note", "Deletion clause 12, seen by the DPM"),
                date("evidence:checked-on", "30/11/2026"));
        browser.open(page);
        recordTheEvidenceOf(browser, last);
        browser.waitForText(By.id("processor-details"), "United Kingdom, Ireland");
    }

    private void recordTheEvidenceOf(Browser browser, String condition) {
        browser.choose("evidence:condition", condition);
        browser.type(By.id("evidence:note"), "Checked in the bureau's contract and security pack");
        browser.type(By.id("evidence:checked-on_input"), "30/11/2026");
        browser.click(By.id("evidence:record-evidence"));
        browser.waitForText(By.xpath("//*[@id='conditions']//tr[contains(., \"" + condition + "\")]"),
                "30 November 2026 by Otto Office");
    }

    /** The office manager changes the processor's countries in a second tab, while the first is open. */
    private static void changedMeanwhileInAnotherTab(Browser browser, String page) {
        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(page);
        browser.retype(By.id("processor:countries"), "United Kingdom, Ireland");
        browser.click(By.id("processor:save-processor"));
        browser.waitForText(By.id("messages"), "The processor's record is changed.");
        browser.closeTabAndReturnTo(first);
    }

    private void proposeAnAgreementAndSendItToTheDpm(Browser browser) {
        browser.assertEveryFieldIsLabelled();
        browser.type(By.id("agreement:document"), "DPA 2026, contracts folder");
        for (String term : TERMS) {
            browser.click(By.xpath("//form[@id='agreement']//label[normalize-space(.)=\"" + term + "\"]"));
        }
        browser.type(By.id("agreement:starts_input"), "01/01/2027");
        browser.type(By.id("agreement:notice"), "90");
        browser.click(By.id("agreement:save-agreement"));
        browser.waitForText(By.id("messages"), "The version is proposed.");
        browser.waitForText(By.id("agreements"), "8 of 8");
        browser.click(By.id("agreement:submit"));
        browser.waitForText(By.id("messages"), "The version is sent to the DPM for approval.");
        browser.waitForText(By.id("agreements"), "Awaiting the DPM's approval");
    }

    private void approveItFromTheHomePage(Browser browser) {
        browser.open("/");
        browser.waitForText(By.id("agreements-awaiting"), supplier);
        browser.click(By.linkText(supplier + ", version 1"));
        browser.waitForText(By.id("agreement"), "Accepts audits");
        browser.click(By.id("agreement:approve"));
        browser.waitForText(By.id("messages"), "These conditions are not met yet: accepts audits. Record the"
                + " evidence, or record why you approve the agreement all the same.");
        browser.type(By.id("agreement:reason"), "The audit clause is agreed by email; the signed rider follows.");
        browser.click(By.id("agreement:approve"));
        browser.waitForText(By.id("messages"), "The version is approved.");
        browser.waitForText(By.id("agreements"), "Approved by " + dpm);
    }

    private void recordItSigned(Browser browser) {
        browser.open("/");
        browser.click(By.linkText("Processors"));
        browser.type(By.id("processors:name"), stem);
        browser.click(By.id("processors:find"));
        browser.click(By.linkText(supplier));
        browser.click(By.id("agreements:table:0:open"));
        browser.click(By.id("agreement:signed"));
        browser.waitForText(By.id("messages"), "The version is recorded as signed.");
        browser.waitForText(By.id("agreements"), "Signed");
        browser.click(By.xpath("//*[@id='conditions']//tr[contains(., 'Business need')]//button"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), "The evidence is withdrawn: the condition is no longer met.");
        browser.waitForText(By.xpath("//*[@id='conditions']//tr[contains(., 'Business need')]"), "Not met");
    }

    private void seeItInTheRegister(Browser browser) {
        browser.click(By.linkText("Processors"));
        browser.type(By.id("processors:name"), stem);
        browser.click(By.id("processors:find"));
        browser.waitForText(By.id("processors:table"), supplier);
        browser.waitForText(By.id("processors:table"), "Version 1: Signed");
        browser.waitForText(By.id("processors:table"), "1 December 2027");
        browser.waitForText(By.xpath("//tbody[@id='processors:table_data']/tr[contains(., '" + supplier
                + "')]//span[contains(@class, 'custos-unmet')]"), "Not met");
        browser.waitForText(By.xpath("//tbody[@id='processors:table_data']/tr[contains(., '" + supplier
                + "')]//span[contains(@class, 'custos-met')]"), "Met");
    }
}

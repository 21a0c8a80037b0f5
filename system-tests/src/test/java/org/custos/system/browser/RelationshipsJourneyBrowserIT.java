package org.custos.system.browser;

import static org.custos.system.browser.Browser.Typed.date;
import static org.custos.system.browser.Browser.Typed.menu;
import static org.custos.system.browser.Browser.Typed.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.custos.testsupport.Documents;
import org.custos.testsupport.IssuedNotice;
import org.custos.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Clients, customers and suppliers in a real browser (K1, S1, R4): the office manager (an HR account) records a
 * supplier, refused first without saying what it is to us with nothing typed lost, adds its contact (someone new,
 * registered with the contact) and a service provided for them, and finds the supplier in the list by kind; then
 * changes the contact's role, records their consent to marketing (refused first without the day they agreed, with
 * nothing typed lost, then without their explicit yes, never assumed, then with a text file named as a PDF as its
 * evidence, refused in words), finds them on the suppliers' marketing list and sees on their register page the role,
 * the notice given when they gave their details themselves, and the evidence document, which downloads (L2, S3, N2).
 */
@ExtendWith(SystemUnderTest.class)
class RelationshipsJourneyBrowserIT {

    private static final String PASSWORD = "amber-harbour-7342";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String officeManager = "hr.office." + run;
    private final String suffix = run.toUpperCase(Locale.ROOT);
    private final byte[] evidence = Documents.pdf("Yes to the supplier newsletter " + run);
    private final String supplier = "Paper Mill " + suffix + " Ltd";
    private final String contact = "Sid Seller" + suffix;

    /** The version of a notice the consent names, as the form offers it. */
    private String issuedNotice;

    @Test
    void theOfficeManagerAddsASupplierWithAContactAndAServiceProvided_K1_S1_R4() throws SQLException, IOException {
        // issued before any page that offers the issued versions is opened
        issuedNotice = IssuedNotice.choice(TestPostgres.dataSource());
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(officeManager, "Olive Office", "HR staff"));
            browser.logIn(officeManager, PASSWORD);
            recordTheSupplier(browser);
            addItsContact(browser);
            recordAServiceForTheContact(browser);
            findItInTheListByKind(browser);
            changeTheContactsRole(browser);
            recordTheirConsentToMarketing(browser);
            findThemOnTheMarketingList(browser);
            seeTheRoleOnTheirRegisterPage(browser);
        }
    }

    private void recordTheSupplier(Browser browser) {
        browser.open("/");
        browser.click(By.linkText("Organisations"));
        browser.click(By.id("organisations:add"));
        browser.assertEveryFieldIsLabelled();
        browser.assertNothingTypedIsLost(By.id("details-form:save"),
                "Choose what the organisation is to us: client, customer or supplier.",
                text("details-form:name", supplier), text("details-form:registration", "09876543"),
                date("details-form:start", "01/03/2024"), text("details-form:website", "www.papermill.example"));
        browser.click(By.xpath("//form[@id='details-form']//label[normalize-space(.)='Supplier']"));
        browser.click(By.id("details-form:save"));
        browser.waitForText(By.id("messages"), "The organisation is recorded.");
        browser.waitForText(By.id("details"), "Supplier");
        browser.waitForText(By.id("details"), "1 March 2024");
    }

    private void addItsContact(Browser browser) {
        browser.assertEveryFieldIsLabelled();
        browser.type(By.id("contact:person-given"), "Sid");
        browser.type(By.id("contact:person-family"), "Seller" + suffix);
        browser.choose("contact:kind", "Supplier contact");
        browser.type(By.id("contact:role"), "Account manager");
        browser.type(By.id("contact:work-email"), "sid@papermill.example");
        browser.click(By.id("contact:add-contact"));
        browser.waitForText(By.id("messages"), "Choose where the contact's details came from.");
        browser.click(By.xpath("//*[@id='contact:source']//label[normalize-space()='From the person themselves']"));
        browser.click(By.id("contact:add-contact"));
        browser.waitForText(By.id("messages"), "Choose how the person was given the privacy notice when they gave"
                + " you their details themselves.");
        browser.choose("contact:notice-given", "By email");
        browser.click(By.id("contact:add-contact"));
        browser.waitForText(By.id("messages"), "The contact is added.");
        browser.waitForText(By.id("contacts"), contact);
        browser.waitForText(By.id("contacts"), "Account manager");
    }

    private void recordAServiceForTheContact(Browser browser) {
        browser.type(By.id("service:description"), "Printer paper, 40 boxes");
        browser.type(By.id("service:provided_input"), "15/11/2025");
        browser.choose("service:for", contact);
        browser.click(By.id("service:record-service"));
        browser.waitForText(By.id("messages"), "The service provided is recorded.");
        browser.waitForText(By.id("services"), "15 November 2025");
        browser.waitForText(By.id("services"), contact);
    }

    private void findItInTheListByKind(Browser browser) {
        browser.click(By.linkText("Organisations"));
        browser.choose("organisations:kind", "Supplier");
        browser.type(By.id("organisations:name"), "Paper Mill " + suffix);
        browser.click(By.id("organisations:find"));
        browser.waitForText(By.id("organisations:table"), supplier);
        browser.waitForText(By.id("organisations:table"), "1 March 2024");
    }

    private void openTheSupplier(Browser browser) {
        browser.click(By.linkText("Organisations"));
        browser.type(By.id("organisations:name"), "Paper Mill " + suffix);
        browser.click(By.id("organisations:find"));
        browser.click(By.linkText(supplier));
    }

    private void chooseTheContactToChange(Browser browser) {
        browser.choose("contact-change:which", contact + ", supplier contact");
        browser.click(By.id("contact-change:choose"));
        browser.waitForText(By.id("contact-change"), "Marketing to " + contact);
    }

    private void changeTheContactsRole(Browser browser) {
        openTheSupplier(browser);
        chooseTheContactToChange(browser);
        browser.assertEveryFieldIsLabelled();
        browser.retype(By.id("contact-change:role"), "Sales director");
        browser.click(By.id("contact-change:save-contact"));
        browser.waitForText(By.id("messages"), "The contact is changed.");
        browser.waitForText(By.id("contacts"), "Sales director");
    }

    private void recordTheirConsentToMarketing(Browser browser) throws IOException {
        chooseTheContactToChange(browser);
        browser.assertNothingTypedIsLost(By.id("contact-change:record-basis"), "Enter the words the contact agreed"
                + " to, how and the day they agreed: consent counts only with that record.",
                menu("contact-change:basis", "Consent"), text("contact-change:notice", "Supplier newsletter v1"),
                menu("contact-change:method", "Email"));
        browser.type(By.id("contact-change:given_input"), "02/12/2026");
        browser.click(By.id("contact-change:record-basis"));
        browser.waitForText(By.id("messages"), "Consent counts only when the person said yes themselves");
        browser.click(By.cssSelector("[id='contact-change:agreed'] .ui-chkbox-box"));
        browser.choose("contact-change:notice-version", issuedNotice);
        Path folder = Files.createTempDirectory("custos-upload");
        browser.driver().findElement(By.id("contact-change:evidence-document_input")).sendKeys(Files.writeString(
                folder.resolve("sign-up.pdf"), "Only a note, not a PDF.").toString());
        browser.click(By.id("contact-change:record-basis"));
        browser.waitForText(By.id("messages"), "sign-up.pdf is not a document Custos accepts");
        browser.driver().findElement(By.id("contact-change:evidence-document_input")).sendKeys(Files.write(
                folder.resolve("signed-consent.pdf"), evidence).toString());
        browser.click(By.id("contact-change:record-basis"));
        browser.waitForText(By.id("messages"), "The contact's marketing basis is recorded.");
        browser.waitForText(By.id("contacts"), "Consent");
    }

    private void findThemOnTheMarketingList(Browser browser) {
        browser.click(By.linkText("Organisations"));
        browser.click(By.id("organisations:marketing"));
        browser.choose("marketing:kind", "Suppliers");
        browser.click(By.id("marketing:show"));
        browser.waitForText(By.id("marketing:table"), contact);
        browser.waitForText(By.id("marketing:table"), "sid@papermill.example");
    }

    private void seeTheRoleOnTheirRegisterPage(Browser browser) {
        openTheSupplier(browser);
        browser.click(By.linkText(contact));
        browser.waitForText(By.id("contact-roles"), supplier);
        browser.waitForText(By.id("contact-roles"), "Sales director");
        browser.waitForText(By.id("notices-given:notice-history"), "From the person");
        browser.waitForText(By.id("consents:consent-history"), "signed-consent.pdf");
        browser.click(By.linkText("signed-consent.pdf"));
        assertArrayEquals(evidence, browser.downloaded("signed-consent.pdf"));
    }
}

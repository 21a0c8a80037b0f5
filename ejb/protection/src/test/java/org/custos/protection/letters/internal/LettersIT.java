package org.custos.protection.letters.internal;

import static org.custos.protection.testsupport.Gate.anApprovedHealthRecordFor;
import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.protection.testsupport.Requests.anAccessRequestFrom;
import static org.custos.protection.testsupport.Requests.anErasureRequestFrom;
import static org.custos.protection.testsupport.Requests.onceCompiled;
import static org.custos.protection.testsupport.SeededPurposes.PAYROLL;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.custos.domain.shared.LetterKind;
import org.custos.domain.shared.ReviewDecision;
import org.custos.domain.shared.Role;
import org.custos.protection.holds.api.DisclosureForm;
import org.custos.protection.holds.api.Disclosures;
import org.custos.protection.letters.api.LetterTemplates;
import org.custos.protection.letters.api.OrganisationForm;
import org.custos.protection.letters.api.OrganisationSettings;
import org.custos.protection.letters.api.OrganisationView;
import org.custos.protection.letters.api.TemplateForm;
import org.custos.protection.letters.api.TemplateView;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.rights.api.PackFile;
import org.custos.protection.rights.api.RecipientView;
import org.custos.protection.rights.api.RequestActions;
import org.custos.protection.rights.api.RequestLetters;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.ResponseCompilation;
import org.custos.protection.rights.api.ReviewForm;
import org.custos.protection.rights.api.ReviewItemView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.shared.letter.TemplateText;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.Approvals;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.InvalidArguments;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SensitiveData;
import org.custos.testsupport.Callers;
import org.custos.testsupport.PdfText;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The letters on Payara Micro with PostgreSQL: the organisation's settings and the letters' templates (the DPM's
 * alone, saved over the version read, audited, versioned), and the letters written from them about a request, as
 * PDF and DOCX (D2, D3, D4, D5). The settings and templates are one for the whole database: a test that changes a
 * template puts its text back.
 */
@ExtendWith(ArquillianExtension.class)
class LettersIT {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    OrganisationSettings organisation;

    @Inject
    LetterTemplates templates;

    @Inject
    RequestLetters letters;

    @Inject
    RightsRequests requests;

    @Inject
    ResponseCompilation compilation;

    @Inject
    RequestActions actions;

    @Inject
    PeopleRegister register;

    @Inject
    Disclosures disclosures;

    @Inject
    Approvals approvals;

    @Inject
    SensitiveData sensitive;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private static final OrganisationForm NORTHWIND = new OrganisationForm("Northwind Trust",
            "1 High Street\nLeeds LS1 1AA", "ZA123456", "Dana Park", "dpm@northwind.example", "0113 496 0000",
            "Sam Reed", "Chief Executive");

    @Test
    void onlyTheDpmReadsOrChangesWhoTheLettersAreFromAndWhatTheySay_X6() {
        for (Role other : List.of(Role.HR, Role.ADMIN)) {
            assertThrows(EJBAccessException.class, () -> Callers.as(other, organisation::organisation), other.name());
            assertThrows(EJBAccessException.class, () -> Callers.as(other, () -> organisation.change(0, NORTHWIND)));
            assertThrows(EJBAccessException.class, () -> Callers.as(other, () -> templates.current()));
            assertThrows(EJBAccessException.class, () -> Callers.as(other, () -> templates.save(
                    LetterKind.ACKNOWLEDGEMENT, 1, new TemplateForm("Title", "Body"))));
            assertThrows(EJBAccessException.class, () -> Callers.as(other, () -> letters.letter(1,
                    LetterKind.ACKNOWLEDGEMENT, PackFile.Format.PDF)));
        }
    }

    @Test
    void everyLetterHasATemplateThatUsesOnlyItsOwnPlaceholders() throws Exception {
        List<TemplateView> current = Callers.as(Role.DPM, () -> templates.current());

        assertEquals(List.of(LetterKind.values()), current.stream().map(TemplateView::kind).toList());
        for (TemplateView template : current) {
            assertEquals(List.of(), TemplateText.problems(template.title() + "\n" + template.body(),
                    Set.copyOf(template.placeholders())), template.madeFrom());
        }
    }

    @Test
    void theOrganisationIsSavedOverTheVersionReadOnlyCheckedAndAudited() throws Exception {
        OrganisationView read = Callers.as(Role.DPM, organisation::organisation);
        long audited = audited("Organisation");

        OrganisationView saved = Callers.as(Role.DPM, () -> organisation.change(read.version(), NORTHWIND));

        assertEquals(NORTHWIND, saved.details());
        assertEquals(Callers.principal(Role.DPM), saved.updatedBy());
        ConcurrentChange stale = assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM,
                () -> organisation.change(read.version(), NORTHWIND)));
        assertTrue(stale.getMessage().startsWith("The organisation was changed by someone else"), stale.getMessage());
        InvalidArguments invalid = assertThrows(InvalidArguments.class, () -> Callers.as(Role.DPM,
                () -> organisation.change(saved.version(), new OrganisationForm("Northwind Trust", null, "ZA 12",
                        null, "not an address", null, null, null))));
        assertEquals(2, invalid.getConstraintViolations().size(), invalid.getMessage());
        assertEquals(audited + 1, audited("Organisation"), "the change was audited; the refused ones were not saved");
    }

    @Test
    void aLogoIsAPngOrJpegImageAndHeadsTheLetters() throws Exception {
        OrganisationView read = Callers.as(Role.DPM, organisation::organisation);
        RequestRefused notAnImage = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> organisation.changeLogo(read.version(), "<svg/>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("The logo must be a PNG or JPEG image.", notAnImage.getMessage());
        assertThrows(InvalidArguments.class, () -> Callers.as(Role.DPM, () -> organisation.changeLogo(
                read.version(), new byte[OrganisationSettings.LOGO_MAX_BYTES + 1])), "too large");

        OrganisationView withLogo = Callers.as(Role.DPM, () -> organisation.changeLogo(read.version(), aPng()));
        try {
            assertEquals("image/png", withLogo.logoType());
            SubjectDetails person = aPerson().named("Lou", unique("Logo")).withAnEmail().registeredIn(register);
            RequestView request = anAccessRequestFrom(person.id()).loggedIn(requests);
            try (XWPFDocument docx = docx(Callers.as(Role.DPM, () -> letters.letter(request.id(),
                    LetterKind.ACKNOWLEDGEMENT, PackFile.Format.DOCX)))) {
                assertEquals(1, docx.getAllPictures().size());
            }
        } finally {
            Callers.as(Role.DPM, () -> organisation.removeLogo(withLogo.version()));
        }
    }

    @Test
    void eachSaveOfATemplateIsANewVersionLettersUseAndTheDpmCanGoBack() throws Exception {
        TemplateView shipped = Callers.as(Role.DPM, () -> templates.current(LetterKind.ACKNOWLEDGEMENT));
        long audited = audited("LetterTemplate");
        RequestRefused unknown = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> templates.save(
                LetterKind.ACKNOWLEDGEMENT, shipped.id(), new TemplateForm("Received", "Dear {{person.nmae}}"))));
        assertEquals("The template uses a placeholder this letter does not have: {{person.nmae}}. Use only those"
                + " listed.", unknown.getMessage());

        TemplateView edited = Callers.as(Role.DPM, () -> templates.save(LetterKind.ACKNOWLEDGEMENT, shipped.id(),
                new TemplateForm("Your request of {{request.receivedOn}}", "{{organisation.name}} has your request."
                        + "\n\nWe answer by {{request.dueOn}}.")));
        try {
            assertEquals(shipped.number() + 1, edited.number());
            assertEquals(List.of(edited.id(), shipped.id()), Callers.as(Role.DPM,
                    () -> templates.versions(LetterKind.ACKNOWLEDGEMENT)).stream().limit(2).map(TemplateView::id)
                    .toList(), "newest first");
            assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM, () -> templates.save(
                    LetterKind.ACKNOWLEDGEMENT, shipped.id(), new TemplateForm("Stale", "Saved over an old one"))));

            Callers.as(Role.DPM, () -> organisation.change(Callers.as(Role.DPM, organisation::organisation).version(),
                    NORTHWIND));
            SubjectDetails person = aPerson().named("Ann", unique("Acknowledged")).withAnEmail()
                    .registeredIn(register);
            RequestView request = anAccessRequestFrom(person.id()).receivedOn(LocalDate.now().minusDays(2))
                    .loggedIn(requests);
            String letter = PdfText.of(Callers.as(Role.DPM, () -> letters.letter(request.id(),
                    LetterKind.ACKNOWLEDGEMENT, PackFile.Format.PDF)).content());
            assertSays(letter, "Your request of " + IN_WORDS.format(request.receivedOn()),
                    "Northwind Trust has your request.", "We answer by " + IN_WORDS.format(request.clock().due()),
                    "Dear Ann " + person.data().familyName() + ",", "Registered with the Information Commissioner's"
                    + " Office: ZA123456", "Sam Reed", "Chief Executive", "dpm@northwind.example");
        } finally {
            TemplateView newest = Callers.as(Role.DPM, () -> templates.current(LetterKind.ACKNOWLEDGEMENT));
            TemplateView restored = Callers.as(Role.DPM, () -> templates.restore(shipped.id(), newest.id()));
            assertEquals(shipped.body(), restored.body());
            assertEquals(newest.number() + 1, restored.number(), "going back is a new version too");
        }
        assertEquals(audited + 2, audited("LetterTemplate"), "the save and the going back");
    }

    @Test
    void theResponseGroupsTheDataByWhatItIsStatesTheRedactionsReasonAndKeepsItsTemplate_D3() throws Exception {
        SubjectDetails person = aPerson().named("Rae", unique("Grouped")).withAnEmail().registeredIn(register);
        anApprovedHealthRecordFor(person.id()).saying("Asthma, says her manager Bob").recordedThrough(approvals,
                sensitive);
        RequestView request = anAccessRequestFrom(person.id()).verifiedIn(requests);
        Callers.as(Role.DPM, () -> compilation.compile(request.id(), request.version()));
        onceCompiled(request.id(), requests);
        for (ReviewItemView item : Callers.as(Role.DPM, () -> compilation.items(request.id()))) {
            ReviewForm form = switch (item.recordType()) {
                case "SensitiveRecord" -> new ReviewForm(ReviewDecision.REDACT, item.fields().stream()
                        .map(field -> field.value().replace("Bob", "[name removed]")).toList(),
                        "the name of the manager who reported it removed");
                case "Approval" -> new ReviewForm(ReviewDecision.OUT_OF_SCOPE, null, null);
                default -> new ReviewForm(ReviewDecision.DISCLOSE, null, null);
            };
            Callers.as(Role.DPM, () -> compilation.decide(request.id(), item.id(), item.version(), form));
        }
        Callers.as(Role.DPM, () -> compilation.producePack(request.id(),
                Callers.as(Role.DPM, () -> requests.request(request.id())).version()));

        String pdf = PdfText.of(Callers.as(Role.DPM, () -> requests.packFile(request.id(), PackFile.Format.PDF))
                .content());
        String docx;
        try (XWPFDocument document = docx(Callers.as(Role.DPM, () -> requests.packFile(request.id(),
                PackFile.Format.DOCX))); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            docx = extractor.getText();
        }
        for (String letter : List.of(pdf, docx)) {
            assertSays(letter, "Your personal data", "Your details", "Sensitive information about you",
                    "[redacted: the name of the manager who reported it removed]", "Asthma, says her manager",
                    "We confirm that we hold personal data about you", "ico.org.uk");
            assertFalse(letter.contains("Bob"), letter);
            assertFalse(letter.contains("Your data: "), "grouped by what the data is, not by context");
        }
        assertEquals(List.of(Long.toString(Callers.as(Role.DPM, () -> templates.current(LetterKind.ACCESS_RESPONSE))
                .id())), Sql.column(database, "select template_id from prot_response_pack where request_id = ?",
                request.id()), "the pack records the template version that wrote its letter");
    }

    @Test
    void theExtensionNoticeIsWrittenOnceTheRequestIsExtendedWithItsReasonAndNewDate_D2() throws Exception {
        SubjectDetails person = aPerson().named("Eli", unique("Extended")).withAnEmail().registeredIn(register);
        RequestView request = anAccessRequestFrom(person.id()).loggedIn(requests);
        RequestRefused notYet = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> letters.letter(request.id(), LetterKind.EXTENSION_NOTICE, PackFile.Format.PDF)));
        assertEquals("The request has not been extended: record the extension first.", notYet.getMessage());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> letters.letter(request.id(),
                LetterKind.ACKNOWLEDGEMENT, PackFile.Format.JSON)), "a letter is PDF or DOCX");

        RequestView extended = Callers.as(Role.DPM, () -> requests.extend(request.id(), request.version(),
                "It is one of twelve requests you sent this month."));
        PackFile notice = Callers.as(Role.DPM, () -> letters.letter(request.id(), LetterKind.EXTENSION_NOTICE,
                PackFile.Format.PDF));

        assertEquals("extension-notice-" + request.id() + ".pdf", notice.fileName());
        assertSays(PdfText.of(notice.content()), "Your request: we need more time",
                "Our reason: It is one of twelve requests you sent this month.",
                "We will now reply by " + IN_WORDS.format(extended.clock().due()));
    }

    @Test
    void eachRecipientOfErasedDataGetsANoticeOfTheErasure_D5() throws Exception {
        SubjectDetails person = aPerson().named("Ned", unique("Told")).withAnEmail().registeredIn(register);
        LocalDate disclosedOn = LocalDate.now().minusDays(10);
        Callers.as(Role.HR, () -> disclosures.record(person.id(), new DisclosureForm("HMRC", "Pay and tax details",
                PAYROLL, disclosedOn, null)));
        RequestView request = anErasureRequestFrom(person.id()).verifiedIn(requests);
        Callers.as(Role.DPM, () -> actions.erase(request.id(), request.version()));
        RecipientView hmrc = Callers.as(Role.DPM, () -> actions.recipients(request.id())).get(0);

        PackFile notice = Callers.as(Role.DPM, () -> letters.recipientLetter(request.id(), hmrc.id(),
                PackFile.Format.DOCX));

        try (XWPFDocument document = docx(notice); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertSays(extractor.getText(), "Dear HMRC,", "On " + IN_WORDS.format(disclosedOn)
                    + " we shared with you personal data: Pay and tax details.", "we have erased that data");
        }
        assertThrows(AccessRefused.class, () -> Callers.as(Role.DPM, () -> letters.recipientLetter(request.id(),
                hmrc.id() + 100_000, PackFile.Format.PDF)), "only the request's own recipients");
    }

    private long audited(String record) throws Exception {
        return Long.parseLong(Sql.column(database, "select count(*) from sec_audit_entry where record_type = ?"
                + " and outcome = 'SUCCESS'", record).get(0));
    }

    private static XWPFDocument docx(PackFile file) throws IOException {
        assertTrue(file.fileName().endsWith(".docx"), file.fileName());
        return new XWPFDocument(new ByteArrayInputStream(file.content()));
    }

    private static byte[] aPng() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    private static void assertSays(String text, String... parts) {
        assertAll(Arrays.stream(parts).map(part -> () ->
                assertTrue(text.contains(part), () -> "missing \"" + part + "\" in:\n" + text)));
    }
}

package org.custos.protection.register.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachRisk;
import org.custos.domain.shared.BreachSeverity;
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.breaches.api.BreachDecisionForm;
import org.custos.protection.breaches.api.BreachFilter;
import org.custos.protection.breaches.api.BreachForms;
import org.custos.protection.breaches.api.BreachMonth;
import org.custos.protection.breaches.api.BreachQuery;
import org.custos.protection.breaches.api.BreachReportForm;
import org.custos.protection.breaches.api.BreachStage;
import org.custos.protection.breaches.api.BreachSummary;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.breaches.api.Breaches;
import org.custos.protection.breaches.api.PeopleToldForm;
import org.custos.protection.calendar.api.BankHolidayCalendar;
import org.custos.protection.calendar.api.BankHolidayForm;
import org.custos.protection.calendar.api.BankHolidayView;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.SettingView;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.holds.api.DisclosureForm;
import org.custos.protection.holds.api.DisclosureView;
import org.custos.protection.holds.api.Disclosures;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.Registration;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.register.api.SubjectQuery;
import org.custos.protection.register.api.SubjectSort;
import org.custos.protection.register.api.SubjectSummary;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.protection.spi.SubjectDataSection.Field;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.internal.SensitiveDataHolder;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.security.api.SensitiveRecordView;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The protection context on Payara Micro with only its declared dependencies (security, domain), on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ProtectionContextIT {

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("protection", ProtectionContextIT.class, BreachForms.class, Documents.class);
    }

    @Inject
    Purposes purposes;

    @Inject
    PeopleRegister register;

    @Inject
    PersonalDataHolders holders;

    @Inject
    SensitiveDataHolder sensitiveHolder;

    @Inject
    Approvals approvals;

    @Inject
    SensitiveData sensitive;

    @Inject
    RegisterDataHolder registerHolder;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Settings settings;

    @Inject
    BankHolidayCalendar bankHolidays;

    @Inject
    Breaches breaches;

    @Inject
    Disclosures disclosures;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    /** A person with names no other test uses, so tests never see each other's data. */
    private static SubjectForm aPerson(String family, String email, LocalDate born, SubjectCategory... categories) {
        return new SubjectForm("Ada", family, born, email == null ? List.of() : List.of(email), null, "1 High St",
                null, "Leeds", "LS1 1AA", null, Set.of(categories), false, null);
    }

    private static String unique(String family) {
        return family + Long.toString(System.nanoTime(), 36);
    }

    private SubjectDetails registered(SubjectForm form) throws Exception {
        return Callers.as(Role.HR, () -> register.registerConfirmed(form));
    }

    @Test
    void everyAccountReadsTheSeededPurposesAndOnlyTheDpmChangesThem_L1() throws Exception {
        for (Role role : Role.values()) {
            assertEquals(7, Callers.as(role, purposes::purposes).size(), role.name());
        }
        PurposeView marketing = Callers.as(Role.DPM, purposes::purposes).stream()
                .filter(purpose -> purpose.definition().name().equals("Marketing")).findFirst().orElseThrow();
        assertTrue(marketing.seededDefault());
        PurposeForm described = edited(marketing.definition(), "Newsletters and events, by consent.",
                marketing.definition().context());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> purposes.save(described)));
        PurposeView saved = Callers.as(Role.DPM, () -> purposes.save(described));
        assertEquals("Newsletters and events, by consent.", saved.definition().description());
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM, () -> purposes.save(described)));
    }

    @Test
    void aPurposeIsServedByTheRecordsOfAKnownContextOrOfNone_D3() throws Exception {
        PurposeForm suppliers = Callers.as(Role.DPM, purposes::purposes).stream()
                .map(PurposeView::definition).filter(form -> form.name().equals("Supplier management")).findFirst()
                .orElseThrow();
        assertEquals("relationships", suppliers.context());
        RequestRefused unknown = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> purposes.save(edited(suppliers, suppliers.description(), "payroll bureau"))));
        assertEquals("Choose the records that serve the purpose from the list.", unknown.getMessage());
        PurposeView none = Callers.as(Role.DPM, () -> purposes.save(edited(suppliers, suppliers.description(), null)));
        assertNull(none.definition().context());
        assertEquals("relationships", Callers.as(Role.DPM, () -> purposes.save(edited(none.definition(),
                suppliers.description(), "relationships"))).definition().context());
    }

    /** The purpose as the DPM edits it: its description and the context whose records serve it. */
    private static PurposeForm edited(PurposeForm form, String description, String context) {
        return new PurposeForm(form.id(), form.version(), form.name(), description, form.lawfulBasis(),
                form.legitimateInterest(), form.necessity(), form.balance(), form.specialCategoryCondition(),
                form.reviewDate(), form.transfers(), form.automatedDecisions(), context);
    }


    @Test
    void aLegitimateInterestPurposeWithoutItsAssessmentIsRefused_L3() {
        PurposeForm unassessed = new PurposeForm(null, 0, unique("Analytics"), "Counting visits",
                LawfulBasis.LEGITIMATE_INTERESTS, "Improving the service", null, null, null,
                LocalDate.of(2027, 6, 30), null, null, null);
        Exception refused = assertThrows(Exception.class, () -> Callers.as(Role.DPM, () -> purposes.save(unassessed)));
        assertTrue(causedBy(refused, ConstraintViolationException.class), refused.toString());
    }

    @Test
    void aPersonWithoutNamesOrCategoryIsRefusedAtTheFacadeAndNothingIsStored_S2() throws Exception {
        long before = Long.parseLong(Sql.column(database, "select count(*) from core_data_subject").get(0));
        Exception refused = assertThrows(Exception.class, () -> registered(aPerson(" ", null, null)));
        assertTrue(causedBy(refused, ConstraintViolationException.class), refused.toString());
        assertEquals(List.of(Long.toString(before)), Sql.column(database, "select count(*) from core_data_subject"));
    }

    @Test
    void hrRegistersAPersonAndFindsThemByNameEmailAndCategory_S2() throws Exception {
        String family = unique("Lovelace");
        SubjectDetails ada = registered(aPerson(family, family + "@Example.org", LocalDate.of(1990, 12, 10),
                SubjectCategory.JOB_APPLICANT, SubjectCategory.REFEREE));
        assertEquals(List.of(family.toLowerCase() + "@example.org"), ada.data().emails());
        assertEquals(List.of(ada.id()), ids(query("ADA " + family.substring(0, 6), null, null)));
        assertEquals(List.of(), ids(query("ada " + family.substring(0, 6) + "%", null, null)),
                "a typed % is matched literally, not as a wildcard");
        assertEquals(List.of(ada.id()), ids(query(family.toLowerCase(), null, SubjectCategory.REFEREE)));
        assertEquals(List.of(ada.id()), ids(query(null, family.toUpperCase() + "@EXAMPLE", null)));
        assertEquals(List.of(), ids(query(family, null, SubjectCategory.STAFF)));
        assertEquals(Callers.principal(Role.HR), Callers.as(Role.DPM, () -> register.details(ada.id())).createdBy());
    }

    private List<Long> ids(List<SubjectSummary> people) {
        return people.stream().map(SubjectSummary::id).toList();
    }

    private List<SubjectSummary> query(String name, String email, SubjectCategory category) throws Exception {
        return Callers.as(Role.HR, () -> register.search(new SubjectQuery(name, email, category, SubjectSort.NAME,
                true, 0, 50))).rows();
    }

    @Test
    void theSameEmailOrTheSameNamesAndBirthDateAreOfferedAsTheSamePerson_S1() throws Exception {
        String family = unique("Hopper");
        LocalDate born = LocalDate.of(1985, 2, 28);
        SubjectDetails grace = registered(aPerson(family, family + "@example.org", born, SubjectCategory.STAFF));
        Registration sameEmail = Callers.as(Role.HR, () -> register.register(
                aPerson("Someone", family.toUpperCase() + "@example.org", null, SubjectCategory.COMPLAINANT)));
        assertNull(sameEmail.person());
        assertEquals(List.of(grace.id()), ids(sameEmail.possibleDuplicates()));
        SubjectForm sameNamesAndBirth = aPerson(family.toLowerCase(), null, born, SubjectCategory.COMPLAINANT);
        assertEquals(List.of(grace.id()), ids(Callers.as(Role.HR, () -> register.register(sameNamesAndBirth))
                .possibleDuplicates()));
        assertTrue(registered(sameNamesAndBirth).id() != grace.id(), "confirmed as someone else, they are registered");
        assertEquals(List.of(), ids(Callers.as(Role.HR, () -> register.register(
                aPerson(family, null, born.plusDays(1), SubjectCategory.COMPLAINANT))).possibleDuplicates()));
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() throws Exception {
        SubjectDetails person = registered(aPerson(unique("Turing"), null, null, SubjectCategory.CLIENT_CONTACT));
        SubjectForm first = new SubjectForm("Alan", person.data().familyName(), null, List.of(), "0113 496 0000",
                null, null, null, null, null, Set.of(SubjectCategory.CLIENT_CONTACT), false, null);
        Callers.as(Role.HR, () -> register.update(person.id(), person.version(), first));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM,
                () -> register.update(person.id(), person.version(), person.data())));
        assertEquals("Alan", Callers.as(Role.HR, () -> register.details(person.id())).data().givenNames());
    }

    @Test
    void doNotContactIsRecordedWithReasonAndDate_S3() throws Exception {
        SubjectDetails person = registered(aPerson(unique("Noether"), null, null, SubjectCategory.CLIENT_CONTACT));
        SubjectForm flagged = new SubjectForm("Emmy", person.data().familyName(), null, List.of(), null, null,
                null, null, null, null, Set.of(SubjectCategory.CLIENT_CONTACT), true, "Asked by letter");
        SubjectDetails saved = Callers.as(Role.HR, () -> register.update(person.id(), person.version(), flagged));
        assertTrue(saved.data().doNotContact());
        assertEquals(calendar.today(), saved.doNotContactSince());
        assertEquals("Asked by letter", saved.data().doNotContactReason());
    }

    @Test
    void onlyHrAndTheDpmUseTheRegister_X1() {
        for (Role role : List.of(Role.ADMIN, Role.HIRING_MANAGER)) {
            assertThrows(EJBAccessException.class, () -> Callers.as(role, () -> register.search(
                    new SubjectQuery(null, null, null, SubjectSort.NAME, true, 0, 10))), role.name());
        }
    }

    @Test
    void readsAndChangesAreAuditedWithTheSubjectButNoPersonalValues_X2() throws Exception {
        String family = unique("Franklin");
        SubjectDetails rosalind = registered(aPerson(family, family + "@example.org", LocalDate.of(1970, 7, 25),
                SubjectCategory.COMPLAINANT));
        Callers.as(Role.DPM, () -> register.details(rosalind.id()));
        assertEquals(List.of("hr-tester CREATE SUCCESS", "dpm-tester READ SUCCESS"), Sql.column(database,
                "select actor || ' ' || action || ' ' || outcome from sec_audit_entry where subject_id = ?"
                        + " order by position", rosalind.id()));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from sec_audit_entry"
                + " where lower(coalesce(detail, '') || coalesce(record_id, '') || actor) like ?",
                "%" + family.toLowerCase() + "%"));
    }

    @Test
    void aRestrictedPersonCanBeStoredButNotChanged_D6() throws Exception {
        SubjectDetails person = registered(aPerson(unique("Curie"), null, null, SubjectCategory.STAFF));
        transaction.begin();
        registerHolder.restrict(person.id(), true);
        transaction.commit();
        SubjectDetails restricted = Callers.as(Role.HR, () -> register.details(person.id()));
        assertTrue(restricted.restricted());
        AccessRefused refused = assertThrows(AccessRefused.class, () -> Callers.as(Role.HR,
                () -> register.update(person.id(), restricted.version(), restricted.data())));
        assertTrue(refused.getMessage().contains("restricted"));
        assertEquals(List.of("UPDATE DENIED"), Sql.column(database, "select action || ' ' || outcome"
                + " from sec_audit_entry where subject_id = ? and action = 'UPDATE'", person.id()));
    }

    private DisclosureView disclosed(Role role, long subjectId, String recipient, long purposeId, LocalDate on)
            throws Exception {
        return Callers.as(role, () -> disclosures.record(subjectId, new DisclosureForm(recipient,
                "Name, start date and salary", purposeId, on)));
    }

    @Test
    void everyRecipientIsLoggedListedNewestFirstAndExportedAsSupplementaryInformation_D5_D3() throws Exception {
        SubjectDetails person = registered(aPerson(unique("Meitner"), null, null, SubjectCategory.STAFF));
        PurposeView purpose = Callers.as(Role.HR, purposes::purposes).get(0);
        DisclosureView older = disclosed(Role.HR, person.id(), "HM Revenue & Customs", purpose.id(),
                LocalDate.now().minusDays(30));
        DisclosureView newer = disclosed(Role.DPM, person.id(), "  Staff Pension Trust Ltd ", purpose.id(),
                LocalDate.now());
        assertEquals("Staff Pension Trust Ltd", newer.recipient());
        assertEquals(purpose.definition().name(), newer.purposeName());
        assertEquals(List.of(newer.id(), older.id()), Callers.as(Role.HR, () -> disclosures.of(person.id()))
                .stream().map(DisclosureView::id).toList());
        List<SubjectDataSection.DataItem> exported = Callers.as(Role.DPM, () -> holders.export(person.id())).get(0)
                .items().stream().filter(item -> item.recordType().equals("Disclosure")).toList();
        assertEquals(List.of(Long.toString(newer.id()), Long.toString(older.id())),
                exported.stream().map(SubjectDataSection.DataItem::recordId).toList());
        assertEquals(List.of(new Field("Recipient", "HM Revenue & Customs"),
                new Field("What", "Name, start date and salary"), new Field("Why", purpose.definition().name()),
                new Field("When", older.disclosedOn().toString())), exported.get(1).fields());
        assertEquals(List.of("CREATE Disclosure SUCCESS", "CREATE Disclosure SUCCESS", "READ Disclosure SUCCESS"),
                Sql.column(database, "select action || ' ' || record_type || ' ' || outcome from sec_audit_entry"
                        + " where subject_id = ? and record_type = 'Disclosure' order by position", person.id()));
    }

    @Test
    void aDisclosureIsRefusedWithClearMessagesWhenItsFormIsIncompleteAndOnlyHrAndTheDpmKeepTheLog_D5_X1()
            throws Exception {
        SubjectDetails person = registered(aPerson(unique("Franklin"), null, null, SubjectCategory.CLIENT_CONTACT));
        long purpose = Callers.as(Role.HR, purposes::purposes).get(0).id();
        Exception refused = assertThrows(Exception.class, () -> Callers.as(Role.HR, () -> disclosures.record(
                person.id(), new DisclosureForm(" ", "Name", purpose, LocalDate.now().plusDays(1)))));
        assertEquals(Set.of("Name the recipient: the organisation or person who received the data.",
                "A disclosure cannot be recorded before it happens."), violations(refused));
        RequestRefused noPurpose = assertThrows(RequestRefused.class,
                () -> disclosed(Role.HR, person.id(), "Acme Ltd", -1, LocalDate.now()));
        assertEquals("There is no such purpose: choose one of the list.", noPurpose.getMessage());
        for (Role role : List.of(Role.HIRING_MANAGER, Role.ADMIN)) {
            assertThrows(EJBAccessException.class,
                    () -> disclosed(role, person.id(), "Acme Ltd", purpose, LocalDate.now()), role.name());
            assertThrows(EJBAccessException.class, () -> Callers.as(role, () -> disclosures.of(person.id())),
                    role.name());
        }
        assertEquals(List.of(), Callers.as(Role.DPM, () -> disclosures.of(person.id())));
    }

    @Test
    void erasingThePersonErasesTheirDisclosuresToo_D5() throws Exception {
        SubjectDetails person = registered(aPerson(unique("Erased"), null, null, SubjectCategory.COMPLAINANT));
        long purpose = Callers.as(Role.HR, purposes::purposes).get(0).id();
        disclosed(Role.HR, person.id(), "Ombudsman", purpose, LocalDate.now());
        transaction.begin();
        assertEquals(2, registerHolder.erase(person.id()).erased());
        transaction.commit();
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from prot_disclosure where subject_id = ?",
                person.id()));
    }

    @Test
    void theProtectionContextFindsTheRegistersAndTheSecurityContextsHolders_SPI() throws Exception {
        String family = unique("Franklin");
        SubjectDetails person = registered(aPerson(family, null, null, SubjectCategory.COMPLAINANT));
        assertEquals(List.of("register", "security"), Callers.as(Role.DPM, holders::contexts));
        List<SubjectDataSection> export = Callers.as(Role.DPM, () -> holders.export(person.id()));
        assertTrue(export.get(0).items().get(0).fields().stream()
                .anyMatch(field -> field.label().equals("Family name") && field.value().equals(family)));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> holders.export(person.id())));
    }

    @Test
    void theSensitiveRecordsOfAPersonAreExportedDecryptedAndErasedThroughTheSecurityHolder_SPI() throws Exception {
        SubjectDetails person = registered(aPerson(unique("Nightingale"), null, null, SubjectCategory.STAFF));
        long purpose = Callers.as(Role.DPM, purposes::purposes).get(0).id();
        ApprovalView request = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forPerson(
                person.id(), SpecialCategory.HEALTH, SpecialCategoryCondition.EMPLOYMENT_LAW, null, purpose,
                "Fitness to work", LocalDate.now().plusDays(7))));
        Callers.as(Role.DPM, () -> approvals.approve(request.id(), request.version(), LocalDate.now().plusDays(7),
                null));
        SensitiveRecordView recorded = Callers.as(Role.HR, () -> sensitive.record(person.id(),
                new SensitiveRecordForm("register", Set.of(), SpecialCategory.HEALTH, purpose, "Fit for night shifts",
                        new DocumentUpload("occupational-health.pdf", Documents.pdf("Fit for night shifts")))));
        SubjectDataSection security = Callers.as(Role.DPM, () -> holders.export(person.id())).get(1);
        assertEquals("security", security.context());
        List<Field> fields = security.items().get(0).fields();
        assertTrue(fields.contains(new Field("Content", "Fit for night shifts")));
        assertTrue(fields.contains(new Field("Document", "occupational-health.pdf")), fields.toString());
        assertTrue(fields.contains(new Field("Document SHA-256", recorded.document().sha256())), fields.toString());
        assertEquals(1, Callers.as(Role.DPM, () -> sensitiveHolder.erase(person.id())).erased());
        for (String table : List.of("sec_sensitive_record", "sec_approval")) {
            assertEquals(List.of("0"), Sql.column(database, "select count(*) from " + table + " where subject_id = ?",
                    person.id()), table);
        }
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from sec_sensitive_document where id = ?",
                recorded.id()), "the document goes with its record");
    }

    @Test
    void erasingThroughTheHolderLeavesNoRowOfThePerson_SPI() throws Exception {
        SubjectDetails person = registered(aPerson(unique("Erased"), "erase" + System.nanoTime() + "@example.org",
                null, SubjectCategory.COMPLAINANT));
        transaction.begin();
        assertEquals(1, registerHolder.erase(person.id()).erased());
        transaction.commit();
        for (String table : List.of("core_data_subject where id", "core_subject_email where subject_id",
                "core_subject_category where subject_id")) {
            assertEquals(List.of("0"), Sql.column(database, "select count(*) from " + table + " = ?", person.id()),
                    table);
        }
    }

    @Test
    void requestDueDatesComeFromTheCalendarWithThePeriodTheDpmSet_D2() throws Exception {
        assertEquals(LocalDate.of(2026, 12, 29), calendar.requestDueDate(LocalDate.of(2026, 11, 25)));
        SettingView changed = Callers.as(Role.DPM, () -> settings.change("calendar.request-response", "p2m"));
        try {
            assertEquals("P2M", changed.value());
            assertEquals(LocalDate.of(2027, 1, 25), calendar.requestDueDate(LocalDate.of(2026, 11, 25)));
        } finally {
            Callers.as(Role.DPM, () -> settings.change("calendar.request-response", ""));
        }
        assertEquals(LocalDate.of(2026, 12, 29), calendar.requestDueDate(LocalDate.of(2026, 11, 25)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 28)));
    }

    @Test
    void aBankHolidayTheDpmAddsMovesTheDueDateAndOnlyAddedDaysCanBeRemoved_D2() throws Exception {
        LocalDate received = LocalDate.of(2031, 5, 12);
        LocalDate due = LocalDate.of(2031, 6, 12);
        assertEquals(due, calendar.requestDueDate(received), "a Thursday, no shipped holiday in 2031");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> bankHolidays.add(
                new BankHolidayForm(due, "Jubilee"))));
        List<BankHolidayView> added = Callers.as(Role.DPM, () -> bankHolidays.add(new BankHolidayForm(due,
                " Royal jubilee ")));
        try {
            assertEquals(List.of("2031-06-12 Royal jubilee true"), added.stream()
                    .map(h -> h.day() + " " + h.name() + " " + h.added()).toList());
            assertEquals(due.plusDays(1), calendar.requestDueDate(received), "the deadline skips the added day");
            RequestRefused again = assertThrows(RequestRefused.class, () -> Callers.as(Role.ADMIN,
                    () -> bankHolidays.add(new BankHolidayForm(due, "Again"))));
            assertTrue(again.getMessage().contains("already a bank holiday (Royal jubilee)"), again.getMessage());
        } finally {
            Callers.as(Role.DPM, () -> bankHolidays.remove(due));
        }
        assertEquals(due, calendar.requestDueDate(received));
        RequestRefused shipped = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> bankHolidays.remove(LocalDate.of(2026, 12, 25))));
        assertTrue(shipped.getMessage().contains("cannot be removed"), shipped.getMessage());
        RequestRefused weekend = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> bankHolidays.add(new BankHolidayForm(LocalDate.of(2031, 6, 14), "Saturday"))));
        assertTrue(weekend.getMessage().contains("skip weekends already"), weekend.getMessage());
    }

    @Test
    void aSettingTakesOnlyAPositivePeriodAndOnlyFromTheDpmOrTheAdministrator() throws Exception {
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.ADMIN, () -> settings.change("calendar.breach-report", "three days")));
        assertTrue(refused.getMessage().startsWith("Time to report a breach"));
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> settings.change("calendar.breach-report",
                "PT0H")));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> settings.change(
                "calendar.breach-report", "PT48H")));
        assertEquals(List.of("PT72H"), Callers.as(Role.DPM, settings::settings).stream()
                .filter(setting -> setting.key().equals("calendar.breach-report")).map(SettingView::value).toList());
    }

    private BreachView logged(String summary, LocalDateTime awareAt, BreachLikelihood likelihood,
            BreachSeverity severity) throws Exception {
        return Callers.as(Role.DPM, () -> breaches.log(BreachForms.aLostLaptop(summary, awareAt, likelihood,
                severity, Set.of())));
    }

    @Test
    void theDpmLogsABreachWithItsDeadlineFromTheCalendarAndHrIsRefused_X5() throws Exception {
        LocalDateTime awareAt = calendar.now().minusHours(1).withSecond(0).withNano(0);
        BreachView breach = logged(unique("Laptop"), awareAt, BreachLikelihood.POSSIBLE, BreachSeverity.SEVERE);
        assertEquals(BreachRisk.HIGH_RISK, breach.risk());
        assertEquals(BreachStage.AWAITING_DECISION, breach.stage());
        assertEquals(calendar.breachReportDeadline(awareAt), breach.reportDeadline());
        assertFalse(breach.countdown().overdue());
        assertFalse(breach.countdown().dueWithin24Hours());
        assertTrue(Callers.as(Role.DPM, breaches::openBreaches).stream().anyMatch(open -> open.id() == breach.id()));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> breaches.log(
                BreachForms.aLostLaptop("By HR", awareAt, BreachLikelihood.LIKELY, BreachSeverity.SEVERE, Set.of()))));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> breaches.breach(breach.id())));
        RequestRefused unknownPerson = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> breaches.log(BreachForms.aLostLaptop("Linked", awareAt, BreachLikelihood.LIKELY,
                        BreachSeverity.SEVERE, Set.of(-1L)))));
        assertEquals("There is no person in the register with the reference -1.", unknownPerson.getMessage());
    }

    @Test
    void aReportAfterTheDeadlineIsRefusedWithoutAReasonAndAcceptedWithOne_X5() throws Exception {
        LocalDateTime awareAt = calendar.now().minusDays(4).withSecond(0).withNano(0);
        BreachView breach = logged(unique("Late"), awareAt, BreachLikelihood.LIKELY, BreachSeverity.SIGNIFICANT);
        assertTrue(breach.countdown().overdue());
        List<BreachSummary> open = Callers.as(Role.DPM, () -> breaches.search(new BreachQuery(BreachFilter.OPEN, 0,
                200))).rows();
        int position = open.stream().map(BreachSummary::id).toList().indexOf(breach.id());
        assertTrue(open.subList(0, position + 1).stream().allMatch(row -> row.countdown().overdue()),
                "overdue breaches are listed first");
        BreachView decided = Callers.as(Role.DPM, () -> breaches.recordDecision(breach.id(), breach.version(),
                new BreachDecisionForm(true, null)));
        LocalDateTime reportedAt = calendar.now().withSecond(0).withNano(0);
        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> breaches.recordReport(breach.id(), decided.version(),
                        new BreachReportForm(reportedAt, "ICO-1", " "))));
        assertTrue(refused.getMessage().startsWith("The report to the ICO was made after the deadline"),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("give the reason it was late (X5)."), refused.getMessage());
        BreachView reported = Callers.as(Role.DPM, () -> breaches.recordReport(breach.id(), decided.version(),
                new BreachReportForm(reportedAt, "ICO-1", "Found only on Monday")));
        assertEquals(BreachStage.REPORTED, reported.stage());
        assertEquals("Found only on Monday", reported.report().lateReason());
        assertEquals(null, reported.countdown());
    }

    @Test
    void aHighRiskBreachClosesOnlyWhenThePeopleWereToldOrWhyNotAndIsThenReadOnly_X5() throws Exception {
        BreachView breach = logged(unique("Stolen"), calendar.now().minusHours(2).withNano(0),
                BreachLikelihood.LIKELY, BreachSeverity.SEVERE);
        BreachView decided = Callers.as(Role.DPM, () -> breaches.recordDecision(breach.id(), breach.version(),
                new BreachDecisionForm(false, "The disk was encrypted and the key is safe")));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM, () -> breaches.close(breach.id(),
                breach.version())));
        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> breaches.close(breach.id(), decided.version())));
        assertTrue(refused.getMessage().startsWith("A high-risk breach can be closed only"), refused.getMessage());
        BreachView explained = Callers.as(Role.DPM, () -> breaches.recordPeopleTold(breach.id(), decided.version(),
                new PeopleToldForm(null, null, "The measures taken make the high risk no longer likely")));
        BreachView closed = Callers.as(Role.DPM, () -> breaches.close(breach.id(), explained.version()));
        assertEquals(BreachStage.CLOSED, closed.stage());
        assertEquals(Callers.principal(Role.DPM), closed.closedBy());
        RequestRefused readOnly = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> breaches.update(breach.id(), closed.version(), closed.details())));
        assertEquals("The breach is closed: a closed breach is read-only.", readOnly.getMessage());
        assertTrue(Callers.as(Role.DPM, () -> breaches.search(new BreachQuery(BreachFilter.CLOSED, 0, 200))).rows()
                .stream().anyMatch(row -> row.id() == breach.id()));
        BreachMonth thisMonth = Callers.as(Role.DPM, () -> breaches.breachesByMonthAndRisk(3)).get(2);
        assertEquals(YearMonth.from(calendar.today()), thisMonth.month());
        assertTrue(thisMonth.highRisk() >= 1);
    }

    @Test
    void breachesAreAuditedWithoutTheirContentAndExportAsPdf_X5() throws Exception {
        String summary = unique("Misdirected");
        BreachView breach = logged(summary, calendar.now().minusHours(3).withNano(0), BreachLikelihood.REMOTE,
                BreachSeverity.MINIMAL);
        byte[] pdf = Callers.as(Role.DPM, () -> breaches.reportPdf(breach.id()));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> breaches.reportPdf(breach.id())));
        assertEquals(List.of("dpm-tester CREATE SUCCESS", "dpm-tester EXPORT SUCCESS"), Sql.column(database,
                "select actor || ' ' || action || ' ' || outcome from sec_audit_entry where record_type = 'Breach'"
                        + " and record_id = ? order by position", Long.toString(breach.id())));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from sec_audit_entry"
                + " where lower(coalesce(detail, '') || coalesce(record_id, '')) like ?",
                "%" + summary.toLowerCase() + "%"));
    }

    private static Set<String> violations(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getConstraintViolations().stream().map(v -> v.getMessage())
                        .collect(Collectors.toSet());
            }
        }
        throw new AssertionError("not refused by Bean Validation", failure);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }


}

package org.custos.protection.register.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.testsupport.Failures.causedBy;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.Registration;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.register.api.SubjectQuery;
import org.custos.protection.register.api.SubjectSort;
import org.custos.protection.register.api.SubjectSummary;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SqlStatements;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditFilter;
import org.custos.security.api.AuditQuery;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ConcurrentChange;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The people register on Payara Micro with PostgreSQL (S1-S3, D6, X1, X2): registering and finding people, the
 * possible duplicates, concurrent edits, do-not-contact, who may use it, its audit, and a restricted person.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleRegisterIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    PeopleRegister register;

    @Inject
    RegisterDataHolder registerHolder;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    AuditTrail audit;

    @Resource
    UserTransaction transaction;

    @PersistenceUnit(unitName = "custos")
    EntityManagerFactory persistence;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Test
    void aPersonWithoutNamesOrCategoryIsRefusedAtTheFacadeAndNothingIsStored_S2() throws Exception {
        long before = Long.parseLong(Sql.column(database, "select count(*) from core_data_subject").get(0));
        Exception refused = assertThrows(Exception.class,
                () -> aPerson().named("Ada", " ").inNoCategory().registeredIn(register));
        assertTrue(causedBy(refused, ConstraintViolationException.class), refused.toString());
        assertEquals(List.of(Long.toString(before)), Sql.column(database, "select count(*) from core_data_subject"));
    }

    @Test
    void hrRegistersAPersonAndFindsThemByNameEmailAndCategory_S2() throws Exception {
        String family = unique("Lovelace");
        SubjectDetails ada = aPerson().named("Ada", family).withEmail(family + "@Example.org")
                .born(LocalDate.of(1990, 12, 10)).as(SubjectCategory.JOB_APPLICANT, SubjectCategory.REFEREE)
                .registeredIn(register);
        assertEquals(List.of(family.toLowerCase() + "@example.org"), ada.data().emails());
        assertEquals(List.of(ada.id()), ids(query("ADA " + family.substring(0, 6), null, null)));
        assertEquals(List.of(), ids(query("ada " + family.substring(0, 6) + "%", null, null)),
                "a typed % is matched literally, not as a wildcard");
        assertEquals(List.of(ada.id()), ids(query(family.toLowerCase(), null, SubjectCategory.REFEREE)));
        assertEquals(List.of(ada.id()), ids(query(null, family.toUpperCase() + "@EXAMPLE", null)));
        assertEquals(List.of(), ids(query(family, null, SubjectCategory.STAFF)));
        assertEquals(Callers.principal(Role.HR), Callers.as(Role.DPM, () -> register.details(ada.id())).createdBy());
    }

    @Test
    void aNameIsFoundWithOrWithoutItsAccents() throws Exception {
        String suffix = unique("");
        SubjectDetails accented = aPerson().named("Zoë", "Ñúñez" + suffix).registeredIn(register);
        SubjectDetails plain = aPerson().named("Zoe", "Nunez" + suffix).registeredIn(register);
        assertEquals(Set.of(accented.id(), plain.id()), Set.copyOf(ids(query("Zoe Nunez" + suffix, null, null))));
        assertEquals(Set.of(accented.id(), plain.id()), Set.copyOf(ids(query("ZOË  ÑÚÑEZ" + suffix, null, null))));
    }

    @Test
    void aTypedPercentOrUnderscoreFindsOnlyItselfNotAnyText() throws Exception {
        String family = unique("Percival");
        SubjectDetails literal = aPerson().named("Ada", family + "%_").registeredIn(register);
        aPerson().named("Ada", family + "ab").registeredIn(register);
        assertEquals(List.of(literal.id()), ids(query(family + "%", null, null)));
        assertEquals(List.of(), ids(query(family + "_b", null, null)));
        assertEquals(List.of(literal.id()), ids(query(family + "%_", null, null)));
    }

    private List<Long> ids(List<SubjectSummary> people) {
        return people.stream().map(SubjectSummary::id).toList();
    }

    private List<SubjectSummary> query(String name, String email, SubjectCategory category) throws Exception {
        return Callers.as(Role.HR, () -> register.search(new SubjectQuery(name, email, category, SubjectSort.NAME,
                true, 0, 50))).rows();
    }

    @Test
    void aSearchPageIsReadInTheSameFewStatementsHoweverManyPeopleItShowsAndItsLaterPagesAreNotCountedAgain_X2() throws Exception {
        String family = unique("Lovelace");
        // Inserted by SQL, so that none of them is in EclipseLink's cache already: each is read for the page.
        Sql.execute(database, "insert into core_data_subject (id, version, given_names, family_name, search_name,"
                + " do_not_contact, restricted, created_at, created_by, updated_at, updated_by)"
                + " select nextval('core_data_subject_seq'), 1, 'Ada' || g, ?, lower('ada' || g || ' ' || ?),"
                + " false, false, now(), 'seeded', now(), 'seeded' from generate_series(1, 60) g", family, family);
        Sql.execute(database, "insert into core_subject_email (subject_id, email) select id, 'ada' || id || '@example.org'"
                + " from core_data_subject where family_name = ?", family);
        Sql.execute(database, "insert into core_subject_category (subject_id, category) select id, 'STAFF'"
                + " from core_data_subject where family_name = ?", family);
        Sql.execute(database, "update core_register_size set people = people + 60");

        List<String> fivePeople = readingPeople(family, 5);
        List<String> fiftyPeople = readingPeople(family, 50);
        assertEquals(fivePeople.size(), fiftyPeople.size(), () -> "A page of 50 took " + fiftyPeople);
        assertTrue(fiftyPeople.size() <= 4, () -> "The page, its emails, its categories and the count: " + fiftyPeople);
        SubjectSummary first = query(family, null, null).get(0);
        assertEquals(List.of("ada" + first.id() + "@example.org"), first.emails());
        assertEquals(Set.of(SubjectCategory.STAFF), first.categories());

        List<String> laterPage = readingPeople(new SubjectQuery(family, null, null, SubjectSort.DATE_OF_BIRTH,
                false, 10, 10, 60L));
        assertEquals(3, laterPage.size(), () -> "A search already counted is not counted again: " + laterPage);
        assertTrue(laterPage.stream().noneMatch(sql -> sql.contains("count(")), laterPage::toString);
    }

    @Test
    void theRegistersSizeStaysExactThroughRegistrationsAndErasuresSoTheFirstPageOfEveryoneCountsNobody_X2()
            throws Exception {
        aPerson().named("Ada", unique("Counted")).registeredIn(register);
        SubjectDetails erased = aPerson().named("Ada", unique("Counted")).registeredIn(register);
        long registered = peopleInTheTable();
        assertEquals(registered, everyoneFound());
        transaction.begin();
        registerHolder.erase(erased.id());
        transaction.commit();
        assertEquals(registered - 1, peopleInTheTable());
        assertEquals(registered - 1, everyoneFound());

        List<String> firstPage = readingPeople(new SubjectQuery(null, null, null, SubjectSort.NAME, true, 0, 1));
        assertTrue(firstPage.stream().noneMatch(sql -> sql.contains("count(")), firstPage::toString);
    }

    private long peopleInTheTable() throws Exception {
        return Long.parseLong(Sql.column(database, "select count(*) from core_data_subject").get(0));
    }

    /** The total the first page of a search without filters shows (a page of one: never the last). */
    private long everyoneFound() throws Exception {
        return Callers.as(Role.HR, () -> register.search(new SubjectQuery(null, null, null, SubjectSort.NAME, true,
                0, 1))).total();
    }

    /** The statements a search page sent that read the register's people, its audit entry aside. */
    private List<String> readingPeople(String family, int pageSize) throws Exception {
        return readingPeople(new SubjectQuery(family, null, null, SubjectSort.NAME, true, 0, pageSize));
    }

    private List<String> readingPeople(SubjectQuery query) throws Exception {
        return SqlStatements.issuedBy(persistence, () -> Callers.as(Role.HR, () -> register.search(query))).stream()
                .filter(sql -> sql.startsWith("select") && sql.contains(" core_")).toList();
    }

    @Test
    void theSameEmailOrTheSameNamesAndBirthDateAreOfferedAsTheSamePerson_S1() throws Exception {
        String family = unique("Hopper");
        LocalDate born = LocalDate.of(1985, 2, 28);
        SubjectDetails grace = aPerson().named("Ada", family).withEmail(family + "@example.org").born(born)
                .registeredIn(register);
        Registration sameEmail = Callers.as(Role.HR, () -> register.register(aPerson().named("Ada", "Someone")
                .withEmail(family.toUpperCase() + "@example.org").as(SubjectCategory.COMPLAINANT).form()));
        assertNull(sameEmail.person(), "nobody is registered while there are possible duplicates");
        assertEquals(List.of(grace.id()), ids(sameEmail.possibleDuplicates()));
        SubjectForm sameNamesAndBirth = aPerson().named("Ada", family.toLowerCase()).born(born)
                .as(SubjectCategory.COMPLAINANT).form();
        assertEquals(List.of(grace.id()), ids(Callers.as(Role.HR, () -> register.register(sameNamesAndBirth))
                .possibleDuplicates()));
        assertTrue(Callers.as(Role.HR, () -> register.registerConfirmed(sameNamesAndBirth)).id() != grace.id(),
                "confirmed as someone else, they are registered");
        assertEquals(List.of(), ids(Callers.as(Role.HR, () -> register.register(aPerson().named("Ada", family)
                .born(born.plusDays(1)).as(SubjectCategory.COMPLAINANT).form())).possibleDuplicates()));
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Turing")).as(SubjectCategory.CLIENT_CONTACT)
                .registeredIn(register);
        SubjectForm first = aPerson().named("Alan", person.data().familyName()).withPhone("0113 496 0000")
                .as(SubjectCategory.CLIENT_CONTACT).form();
        Callers.as(Role.HR, () -> register.update(person.id(), person.version(), first));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM,
                () -> register.update(person.id(), person.version(), person.data())));
        assertEquals("Alan", Callers.as(Role.HR, () -> register.details(person.id())).data().givenNames());
    }

    @Test
    void doNotContactIsRecordedWithReasonAndDate_S3() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Noether")).as(SubjectCategory.CLIENT_CONTACT)
                .registeredIn(register);
        SubjectForm flagged = aPerson().named("Emmy", person.data().familyName()).as(SubjectCategory.CLIENT_CONTACT)
                .notToBeContacted("Asked by letter").form();
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
        SubjectDetails rosalind = aPerson().named("Ada", family).withEmail(family + "@example.org")
                .born(LocalDate.of(1970, 7, 25)).as(SubjectCategory.COMPLAINANT).registeredIn(register);
        Callers.as(Role.DPM, () -> register.details(rosalind.id()));
        assertEquals(List.of("hr-tester CREATE SUCCESS", "dpm-tester READ SUCCESS"), Sql.column(database,
                "select actor || ' ' || action || ' ' || outcome from sec_audit_entry where subject_id = ?"
                        + " order by position", rosalind.id()));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from sec_audit_entry"
                + " where lower(coalesce(detail, '') || coalesce(record_id, '') || actor) like ?",
                "%" + family.toLowerCase() + "%"));
    }

    @Test
    void everyoneASearchOrADuplicateCheckShowedHasItInTheirHistoryByIdOnly_X2() throws Exception {
        String family = unique("Hopper");
        SubjectDetails grace = aPerson().named("Grace", family).withEmail(family + "@example.org")
                .registeredIn(register);
        SubjectDetails anita = aPerson().named("Anita", family).registeredIn(register);
        Callers.as(Role.HR, () -> register.search(new SubjectQuery(family, null, null, SubjectSort.NAME, true, 0,
                10)));
        Registration again = Callers.as(Role.HR, () -> register.register(aPerson().named("Grace", family)
                .withEmail(family + "@example.org").form()));
        assertFalse(again.registered());

        List<AuditEntryView> graceSeen = Callers.as(Role.DPM, () -> audit.historyOf(grace.id()));
        assertEquals(List.of("CREATE of the person", "SEARCH showing them", "CREATE showing them"),
                graceSeen.stream().map(entry -> entry.action() + (entry.shows(grace.id()) ? " showing them"
                        : " of the person")).toList());
        AuditEntryView search = graceSeen.get(1);
        assertEquals(List.of(grace.id(), anita.id()), search.shownSubjectIds());
        assertEquals("2 of 2 shown", search.detail());
        assertEquals(List.of(grace.id()), graceSeen.get(2).shownSubjectIds(), "the possible duplicate (S1)");
        assertEquals(List.of(search), Callers.as(Role.DPM, () -> audit.search(new AuditQuery(new AuditFilter(
                anita.id(), null, AuditAction.SEARCH, null, null, null, null), 0, 10))).rows(), "the audit viewer finds it by person too");
    }

    @Test
    void aRestrictedPersonCanBeStoredButNotChanged_D6() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Curie")).registeredIn(register);
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
}

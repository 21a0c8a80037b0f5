package org.custos.protection.notices.internal;

import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeItem;
import org.custos.domain.shared.NoticeItemAnswer;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.notices.api.ItemAnswer;
import org.custos.protection.notices.api.NoticeForm;
import org.custos.protection.notices.api.NoticeGivenForm;
import org.custos.protection.notices.api.NoticeGivenView;
import org.custos.protection.notices.api.NoticeGroupForm;
import org.custos.protection.notices.api.NoticeOwed;
import org.custos.protection.notices.api.NoticeOwedForm;
import org.custos.protection.notices.api.NoticeSendForm;
import org.custos.protection.notices.api.NoticeSendView;
import org.custos.protection.notices.api.NoticeVersionForm;
import org.custos.protection.notices.api.NoticeVersionView;
import org.custos.protection.notices.api.NoticeView;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.notices.api.NoticesGiven;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.internal.RegisterDataHolder;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Field;
import org.custos.protection.testsupport.People;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SeededPurposes;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who was given which notice, and when, on Payara Micro with PostgreSQL (N2): only the issued version is recorded as
 * given; data obtained from someone else owes a notice due a month later, or at the first communication or disclosure
 * if sooner, and shows as overdue after the day; a group is recorded in one call; HR and the DPM only, each call in the
 * audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesGivenIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    NoticesGiven given;

    @Inject
    Notices notices;

    @Inject
    PeopleRegister register;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataHolders holders;

    @Inject
    RegisterDataHolder registerHolder;

    @Inject
    Settings settings;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private NoticeVersionView draftOfANewNotice(NoticeAudience audience) throws Exception {
        NoticeView notice = Callers.as(Role.DPM, () -> notices.add(new NoticeForm(audience, unique("Notice"))));
        NoticeVersionView draft = Callers.as(Role.DPM, () -> notices.newDraft(notice.id()));
        List<ItemAnswer> items = Arrays.stream(NoticeItem.values())
                .map(item -> new ItemAnswer(item, NoticeItemAnswer.PRESENT, "Section " + (item.ordinal() + 1)))
                .toList();
        return Callers.as(Role.DPM, () -> notices.save(draft.id(), draft.version(), new NoticeVersionForm(
                "<p>What we do with your data.</p>", Set.of(SeededPurposes.CLIENT_SERVICE), items)));
    }

    private NoticeVersionView issued(NoticeVersionView draft) throws Exception {
        NoticeVersionView approved = Callers.as(Role.DPM, () -> notices.approve(draft.id(), draft.version()));
        return Callers.as(Role.DPM, () -> notices.issue(approved.id(), approved.version()));
    }

    private NoticeVersionView anIssuedVersion(NoticeAudience audience) throws Exception {
        return issued(draftOfANewNotice(audience));
    }

    private Optional<NoticeOwed> owedBy(LocalDate day, long subjectId) throws Exception {
        return Callers.as(Role.DPM, () -> given.owedBy(day, 0, 10_000)).rows().stream()
                .filter(row -> row.subjectId() == subjectId).findFirst();
    }

    private NoticeGivenView owe(long subjectId, LocalDate obtained) throws Exception {
        return Callers.as(Role.HR, () -> given.owe(new NoticeOwedForm(subjectId, NoticeAudience.CLIENTS_AND_CUSTOMERS,
                obtained, "A list bought from a trade directory")));
    }

    @Test
    void aVersionNotIssuedIsRefusedAndTheIssuedOneIsRecordedWithTheDayAndHow_N2() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        NoticeVersionView draft = draftOfANewNotice(NoticeAudience.COMPLAINANTS);

        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> given.give(
                new NoticeGivenForm(person.id(), draft.id(), today, NoticeMethod.EMAIL))));
        assertTrue(refused.getMessage().contains("is not the issued version"), refused.getMessage());
        assertEquals(List.of(), Callers.as(Role.HR, () -> given.history(person.id())));

        NoticeVersionView issued = issued(draft);
        NoticeGivenView recorded = Callers.as(Role.HR, () -> given.give(
                new NoticeGivenForm(person.id(), issued.id(), today.minusDays(1), NoticeMethod.EMAIL)));

        assertEquals(issued.id(), recorded.noticeVersionId());
        assertEquals(1, recorded.versionNumber());
        assertEquals(today.minusDays(1), recorded.givenOn());
        assertEquals(NoticeMethod.EMAIL, recorded.method());
        assertFalse(recorded.owed());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> given.give(
                new NoticeGivenForm(person.id(), issued.id(), today.plusDays(1), NoticeMethod.EMAIL))),
                "not on a day still to come");
    }

    @Test
    void dataObtainedFromSomeoneElseIsDueAMonthLaterAndShowsAsOverdueAfterIt_N2() throws Exception {
        SubjectDetails late = People.aPerson().registeredIn(register);
        SubjectDetails recent = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        LocalDate longAgo = today.minusDays(40);

        NoticeGivenView owedLate = owe(late.id(), longAgo);
        NoticeGivenView owedRecent = owe(recent.id(), today);

        assertEquals(longAgo.plusMonths(1), owedLate.dueOn());
        assertTrue(owedLate.owed());
        assertNull(owedLate.noticeVersionId());
        assertFalse(owedLate.fromPerson());
        assertEquals(today.plusMonths(1), owedRecent.dueOn());
        NoticeOwed listed = owedBy(today.plusDays(7), late.id()).orElseThrow();
        assertTrue(listed.overdueOn(today));
        assertEquals(late.data().givenNames() + " " + late.data().familyName(), listed.personName());
        assertTrue(owedBy(today.plusDays(7), recent.id()).isEmpty(), "due in a month: not yet on the list");
        assertTrue(owedBy(today.plusMonths(1), recent.id()).isPresent());
    }

    @Test
    void aFirstDisclosureSoonerThanTheMonthBringsTheDeadlineForward_N2() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        NoticeGivenView owed = owe(person.id(), today.minusDays(10));
        assertTrue(owedBy(today.plusDays(7), person.id()).isEmpty());

        RequestRefused beforeObtained = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> given.firstContact(owed.id(), owed.version(), today.minusDays(11))));
        assertTrue(beforeObtained.getMessage().startsWith("The first communication or disclosure cannot come before"));
        NoticeGivenView disclosed = Callers.as(Role.DPM, () -> given.firstContact(owed.id(), owed.version(),
                today.minusDays(3)));

        assertEquals(today.minusDays(3), disclosed.firstContactOn());
        assertEquals(today.minusDays(3), disclosed.dueOn());
        assertTrue(owedBy(today, person.id()).orElseThrow().overdueOn(today));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR,
                () -> given.firstContact(owed.id(), owed.version(), today.minusDays(4))));
    }

    @Test
    void aGroupIsGivenOneVersionInOneCallAndWhatTheyWereOwedIsMarkedGiven_N2() throws Exception {
        SubjectDetails owedOne = People.aPerson().registeredIn(register);
        SubjectDetails newOne = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        NoticeGivenView owed = owe(owedOne.id(), today.minusDays(40));
        NoticeVersionView issued = anIssuedVersion(NoticeAudience.CLIENTS_AND_CUSTOMERS);

        List<NoticeGivenView> recorded = Callers.as(Role.HR, () -> given.giveToGroup(new NoticeGroupForm(
                List.of(owedOne.id(), newOne.id(), owedOne.id()), issued.id(), today, NoticeMethod.POST)));

        assertEquals(List.of(owedOne.id(), newOne.id()), recorded.stream().map(NoticeGivenView::subjectId).toList());
        assertEquals(owed.id(), recorded.get(0).id(), "the notice owed is the one given");
        assertEquals(today.minusDays(40), recorded.get(0).obtainedOn());
        assertTrue(recorded.stream().allMatch(row -> row.noticeVersionId() == issued.id()
                && NoticeMethod.POST == row.method() && today.equals(row.givenOn())));
        assertTrue(owedBy(today, owedOne.id()).isEmpty(), "given: no longer owed");
        List<NoticeGivenView> history = Callers.as(Role.DPM, () -> given.history(owedOne.id()));
        assertEquals(1, history.size());
        assertEquals(issued.id(), history.get(0).noticeVersionId());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> given.giveToGroup(new NoticeGroupForm(
                List.of(newOne.id()), draftOfANewNotice(NoticeAudience.SUPPLIERS).id(), today, NoticeMethod.POST))));
    }

    @Test
    void aNewVersionIsSentToEveryoneWhoHadTheOldOneInTheBackgroundWithItsProgress_N2() throws Exception {
        SubjectDetails first = People.aPerson().registeredIn(register);
        SubjectDetails second = People.aPerson().registeredIn(register);
        SubjectDetails neither = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        NoticeVersionView old = anIssuedVersion(NoticeAudience.WEBSITE_VISITORS);
        Callers.as(Role.HR, () -> given.giveToGroup(new NoticeGroupForm(List.of(first.id(), second.id()), old.id(),
                today.minusDays(30), NoticeMethod.WEBSITE)));
        NoticeVersionView draft = Callers.as(Role.DPM, () -> notices.newDraft(old.summary().noticeId()));
        RequestRefused notIssued = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> given.sendNewVersion(new NoticeSendForm(old.id(), draft.id(), NoticeMethod.EMAIL, today))));
        assertTrue(notIssued.getMessage().contains("is not the issued version"), notIssued.getMessage());
        NoticeVersionView newer = issued(draft);

        NoticeSendView started = Callers.as(Role.DPM, () -> given.sendNewVersion(new NoticeSendForm(old.id(),
                newer.id(), NoticeMethod.EMAIL, today)));
        assertEquals(2, started.peopleTotal());
        NoticeSendView send = started;
        for (int wait = 0; wait < 100 && !send.finished(); wait++) {
            Thread.sleep(100);
            send = Callers.as(Role.HR, () -> given.sending(started.id()));
        }

        assertTrue(send.finished(), send.progress());
        assertEquals(2, send.peopleDone());
        for (SubjectDetails person : List.of(first, second)) {
            NoticeGivenView latest = Callers.as(Role.DPM, () -> given.history(person.id())).stream()
                    .filter(row -> row.noticeVersionId() == newer.id()).findFirst().orElseThrow();
            assertEquals(NoticeMethod.EMAIL, latest.method());
            assertEquals(today, latest.givenOn());
        }
        assertEquals(List.of(), Callers.as(Role.DPM, () -> given.history(neither.id())));
        assertTrue(Callers.as(Role.DPM, () -> given.resume(started.id())).finished(), "nothing left to resume");
        assertEquals(0, Callers.as(Role.DPM, () -> given.sendNewVersion(new NoticeSendForm(old.id(), newer.id(),
                NoticeMethod.EMAIL, today))).peopleTotal(), "everyone has it: a second send finds no one");
    }

    @Test
    void aPersonsNoticesAreInTheCopyOfTheirDataInWordsAndGoWithTheirErasureCounted_N2_D3() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        owe(person.id(), today.minusDays(3));
        NoticeVersionView issued = anIssuedVersion(NoticeAudience.SUPPLIERS);
        Callers.as(Role.HR, () -> given.give(new NoticeGivenForm(person.id(), issued.id(), today,
                NoticeMethod.POST)));

        SubjectDataSection copy = Callers.as(Role.DPM, () -> holders.export(person.id())).get(0);
        List<List<Field>> notices = copy.items().stream().filter(item -> item.recordType().equals("NoticeGiven"))
                .map(DataItem::fields).toList();
        assertEquals(2, notices.size(), copy.toString());
        List<Field> givenOne = notices.stream().filter(fields -> fields.contains(new Field("Written for",
                "Suppliers"))).findFirst().orElseThrow();
        for (Field field : List.of(new Field("Notice", issued.summary().noticeName()), new Field("Version",
                "Version 1"), new Field("Given on", OrganisationTime.DAY.format(today)),
                new Field("How it was given", "By post"), new Field("Where we obtained your data", "From you"))) {
            assertTrue(givenOne.contains(field), field + " in " + givenOne);
        }
        List<Field> owedOne = notices.stream().filter(fields -> fields.contains(new Field("Written for",
                "Clients and customers"))).findFirst().orElseThrow();
        for (Field field : List.of(new Field("Due by", OrganisationTime.DAY.format(today.minusDays(3).plusMonths(1))),
                new Field("Where we obtained your data", "A list bought from a trade directory"))) {
            assertTrue(owedOne.contains(field), field + " in " + owedOne);
        }
        assertTrue(owedOne.stream().noneMatch(field -> field.label().equals("Given on")), owedOne.toString());

        transaction.begin();
        ErasureOutcome erased;
        try {
            erased = registerHolder.erase(person.id());
        } finally {
            transaction.commit();
        }
        assertEquals(1 + 2, erased.erased(), "the record and its two notices");
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from prot_notice_given where subject_id = ?",
                person.id()));
    }

    @Test
    void changingTheNoticePeriodMovesTheDueDayOfTheNoticesStillOwed_N2() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        SubjectDetails contacted = People.aPerson().registeredIn(register);
        SubjectDetails fromThem = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        LocalDate obtained = today.minusDays(40);
        owe(person.id(), obtained);
        NoticeGivenView owedContacted = owe(contacted.id(), obtained);
        Callers.as(Role.HR, () -> given.firstContact(owedContacted.id(), owedContacted.version(),
                obtained.plusDays(5)));
        NoticeVersionView issued = anIssuedVersion(NoticeAudience.COMPLAINANTS);
        Callers.as(Role.HR, () -> given.give(new NoticeGivenForm(fromThem.id(), issued.id(), obtained,
                NoticeMethod.IN_PERSON)));
        assertTrue(owedBy(today, person.id()).isPresent(), "a month after: overdue");

        try {
            Callers.as(Role.DPM, () -> settings.change("calendar.indirect-notice", "P2M"));

            assertEquals(obtained.plusMonths(2), dueOf(person.id()));
            assertTrue(owedBy(today, person.id()).isEmpty(), "two months after: not due yet");
            assertEquals(obtained.plusMonths(2), owedBy(obtained.plusMonths(2), person.id()).orElseThrow().dueOn());
            assertEquals(obtained.plusDays(5), dueOf(contacted.id()), "the first contact is sooner still");
            assertEquals(obtained, dueOf(fromThem.id()), "given at collection: as it was");
        } finally {
            Callers.as(Role.DPM, () -> settings.change("calendar.indirect-notice", ""));
        }
        assertEquals(obtained.plusMonths(1), dueOf(person.id()), "back to the default: a month after");
        assertTrue(owedBy(today, person.id()).isPresent());
    }

    private LocalDate dueOf(long subjectId) throws Exception {
        return Callers.as(Role.DPM, () -> given.history(subjectId)).get(0).dueOn();
    }

    @Test
    void onlyHrAndTheDpmRecordAndReadTheNoticesGiven_N2() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        for (Role role : List.of(Role.HIRING_MANAGER, Role.FINANCE, Role.STAFF, Role.ADMIN)) {
            assertThrows(EJBAccessException.class, () -> Callers.as(role, () -> given.owe(new NoticeOwedForm(
                    person.id(), NoticeAudience.SUPPLIERS, today, "A supplier's list"))), role.name());
            assertThrows(EJBAccessException.class, () -> Callers.as(role, () -> given.history(person.id())),
                    role.name());
            assertThrows(EJBAccessException.class, () -> Callers.as(role, () -> given.owedBy(today, 0, 10)),
                    role.name());
        }
    }

    @Test
    void everyRecordingAndReadingOfANoticeGivenIsAudited_X2() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        NoticeGivenView owed = owe(person.id(), today.minusDays(2));
        Callers.as(Role.HR, () -> given.firstContact(owed.id(), owed.version(), today));
        Callers.as(Role.HR, () -> given.history(person.id()));
        owedBy(today, person.id()).orElseThrow();

        List<AuditEntryView> entries = Callers.as(Role.DPM, () -> audit.historyOf(person.id())).stream()
                .filter(entry -> "NoticeGiven".equals(entry.recordType())).toList();
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.READ, AuditAction.SEARCH),
                entries.stream().map(AuditEntryView::action).toList());
        assertTrue(entries.stream().allMatch(entry -> entry.outcome() == AuditOutcome.SUCCESS));
        assertEquals(Long.toString(owed.id()), entries.get(0).recordId());
    }
}

package org.custos.protection.notices.internal;

import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeItem;
import org.custos.domain.shared.NoticeItemAnswer;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.notices.api.ItemAnswer;
import org.custos.protection.notices.api.NoticeForm;
import org.custos.protection.notices.api.NoticeGroupForm;
import org.custos.protection.notices.api.NoticeVersionForm;
import org.custos.protection.notices.api.NoticeVersionView;
import org.custos.protection.notices.api.NoticeView;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.notices.api.NoticesGiven;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.testsupport.People;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SeededPurposes;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sending of a notice's new version cut short by a server stopped or killed, on Payara Micro with PostgreSQL (N2):
 * the sending's row is left running in the database, with part of the people done and the lease of a server that
 * died; the start's path ({@link SendingsLeftRunning}) carries it on to the end by itself, with no one signed in,
 * each person given the new version once even when two starts try at the same moment, and leaves alone a sending
 * whose lease a live server still holds until that lease runs out.
 */
@ExtendWith(ArquillianExtension.class)
class SendingsLeftRunningIT {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 4_000_000_000L);

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    SendingsLeftRunning atStart;

    @Inject
    NoticesGiven given;

    @Inject
    Notices notices;

    @Inject
    PeopleRegister register;

    @Inject
    ComplianceCalendar calendar;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    /** A notice's old and new issued versions, the people who had the old one and one who had none. */
    private record Setting(long oldId, long newId, List<Long> hadTheOld, long neither) {
    }

    private NoticeVersionView issuedDraft(NoticeVersionView draft) throws Exception {
        List<ItemAnswer> items = Arrays.stream(NoticeItem.values())
                .map(item -> new ItemAnswer(item, NoticeItemAnswer.PRESENT, "Section " + (item.ordinal() + 1)))
                .toList();
        NoticeVersionView saved = Callers.as(Role.DPM, () -> notices.save(draft.id(), draft.version(),
                new NoticeVersionForm("<p>What we do with your data.</p>", Set.of(SeededPurposes.CLIENT_SERVICE),
                        items)));
        NoticeVersionView approved = Callers.as(Role.DPM, () -> notices.approve(saved.id(), saved.version()));
        return Callers.as(Role.DPM, () -> notices.issue(approved.id(), approved.version()));
    }

    private Setting aNoticeWithANewVersion(int people) throws Exception {
        NoticeView notice = Callers.as(Role.DPM, () -> notices.add(new NoticeForm(NoticeAudience.WEBSITE_VISITORS,
                unique("Notice"))));
        NoticeVersionView old = issuedDraft(Callers.as(Role.DPM, () -> notices.newDraft(notice.id())));
        List<Long> hadIt = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            hadIt.add(People.aPerson().registeredIn(register).id());
        }
        long neither = People.aPerson().registeredIn(register).id();
        Callers.as(Role.HR, () -> given.giveToGroup(new NoticeGroupForm(hadIt, old.id(), calendar.today()
                .minusDays(30), NoticeMethod.WEBSITE)));
        NoticeVersionView newer = issuedDraft(Callers.as(Role.DPM, () -> notices.newDraft(notice.id())));
        return new Setting(old.id(), newer.id(), hadIt, neither);
    }

    /**
     * The state a server stopped in the middle leaves: the first {@code done} people given the new version by the
     * batch that committed, the sending running, its lease held by {@code holder} until {@code leaseUntil}.
     */
    private long leftRunning(Setting setting, int done, String holder, LocalDateTime leaseUntil) throws Exception {
        LocalDate today = calendar.today();
        Callers.as(Role.HR, () -> given.giveToGroup(new NoticeGroupForm(setting.hadTheOld().subList(0, done),
                setting.newId(), today, NoticeMethod.EMAIL)));
        long id = IDS.incrementAndGet();
        Sql.execute(database, "insert into prot_notice_send (id, version, from_version_id, to_version_id, method,"
                + " given_on, people_total, people_done, state, started_by, started_at, lease_holder,"
                + " lease_expires_at) values (?, 3, ?, ?, 'EMAIL', ?, ?, ?, 'RUNNING', 'dpm-before-the-crash', ?, ?,"
                + " ?)",
                id, setting.oldId(), setting.newId(), today, setting.hadTheOld().size(), done,
                calendar.now().minusMinutes(2), holder, leaseUntil);
        return id;
    }

    private String state(long sendId) throws Exception {
        return Sql.column(database, "select state || ' ' || people_done || ' ' || coalesce(lease_holder, 'free')"
                + " from prot_notice_send where id = ?", sendId).get(0);
    }

    private String waitForTheEnd(long sendId) throws Exception {
        for (int wait = 0; wait < 200 && state(sendId).startsWith("RUNNING"); wait++) {
            Thread.sleep(100);
        }
        return state(sendId);
    }

    /** How many rows of the new version each person has, in the order given. */
    private List<Integer> givenTheNew(Setting setting, List<Long> people) throws Exception {
        List<Integer> counts = new ArrayList<>();
        for (long person : people) {
            counts.add(Integer.parseInt(Sql.column(database, "select count(*) from prot_notice_given where"
                    + " subject_id = ? and notice_version_id = ?", person, setting.newId()).get(0)));
        }
        return counts;
    }

    @Test
    void aSendingLeftRunningByAKilledServerIsCarriedOnToTheEndAtTheStartEachPersonOnce_N2() throws Exception {
        Setting setting = aNoticeWithANewVersion(5);
        long sendId = leftRunning(setting, 2, "a server killed mid-send", calendar.now().minusMinutes(1));

        // two starts at the same moment (two servers, or a start and a retry): the lease lets one carry it on
        CompletableFuture<Optional<LocalDateTime>> one = CompletableFuture.supplyAsync(() -> atStart.carryOn());
        CompletableFuture<Optional<LocalDateTime>> other = CompletableFuture.supplyAsync(() -> atStart.carryOn());
        one.get();
        other.get();

        assertEquals("DONE 5 free", waitForTheEnd(sendId), "carried on to the end, the lease freed");
        assertEquals(List.of(1, 1, 1, 1, 1), givenTheNew(setting, setting.hadTheOld()),
                "everyone who had the old version has the new one, once");
        assertEquals(List.of(0), givenTheNew(setting, List.of(setting.neither())), "no one else is given it");
        assertEquals(List.of("EMAIL " + calendar.today()), Sql.column(database, "select distinct method || ' '"
                + " || given_on from prot_notice_given where notice_version_id = ?", setting.newId()),
                "given the way and on the day the sending says");
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from prot_notice_send where id = ? and"
                + " finished_at is null", sendId), "its end recorded");
    }

    @Test
    void aSendingWhoseLeaseALiveServerHoldsIsLeftToItUntilTheLeaseRunsOut_N2() throws Exception {
        Setting setting = aNoticeWithANewVersion(3);
        LocalDateTime held = calendar.now().plusMinutes(5);
        long sendId = leftRunning(setting, 1, "a server still sending", held);

        Optional<LocalDateTime> lookAgain = atStart.carryOn();
        Thread.sleep(1500);

        assertTrue(lookAgain.isPresent() && !lookAgain.get().isBefore(held.minusSeconds(1)),
                "the start looks again when the lease runs out: " + lookAgain);
        assertEquals("RUNNING 1 a server still sending", state(sendId), "another server's sending is its own");
        assertEquals(List.of(1, 0, 0), givenTheNew(setting, setting.hadTheOld()));

        Sql.execute(database, "update prot_notice_send set lease_expires_at = ? where id = ?",
                calendar.now().minusSeconds(1), sendId);
        atStart.carryOn();

        assertEquals("DONE 3 free", waitForTheEnd(sendId), "its lease ran out: carried on here");
        assertEquals(List.of(1, 1, 1), givenTheNew(setting, setting.hadTheOld()));
    }
}

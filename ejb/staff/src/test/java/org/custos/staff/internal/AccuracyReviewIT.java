package org.custos.staff.internal;

import static org.custos.protection.testsupport.People.aPerson;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.calendar.api.SettingView;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.recruitment.api.EmergencyContactForm;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.staff.api.AccuracyReviews;
import org.custos.staff.api.ChangeReportView;
import org.custos.staff.api.ChangeReports;
import org.custos.staff.api.DeclineForm;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.OwnRecord;
import org.custos.staff.api.OwnRecordView.ReviewPrompt;
import org.custos.staff.api.OwnRecordView;
import org.custos.staff.api.StaffAccounts;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;
import org.custos.staff.api.StaleRecord;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accuracy reviews on Payara Micro with PostgreSQL (A1, X2): a member of staff whose details are due confirms their
 * own groups, never another's, each confirmation audited; a change they reported, once HR applies it, confirms its
 * group too; HR's list of stale records, paged in SQL, shows current staff's overdue groups, not a confirmed one nor
 * a leaver's; each group's interval is a setting the DPM changes where the other periods are.
 */
@ExtendWith(ArquillianExtension.class)
class AccuracyReviewIT {

    private static final String STAFF = Callers.principal(Role.STAFF);

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("staff", ProtectionDeployment.fixtures());
    }

    @Inject
    OwnRecord ownRecord;

    @Inject
    AccuracyReviews accuracyReviews;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    ChangeReports changeReports;

    @Inject
    StaffFiles staffFiles;

    @Inject
    PeopleRegister register;

    @Inject
    Settings settings;

    /** Its cache forgets what raw SQL changed behind it. */
    @PersistenceUnit(unitName = "custos")
    EntityManagerFactory cache;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    /** The tests' member of staff, linked to no one before each test. */
    @BeforeEach
    void accounts() throws Exception {
        TestAccounts.ensure(database, STAFF, Role.STAFF);
        TestAccounts.ensure(database, Callers.principal(Role.HR), Role.HR);
        Sql.execute(database, "delete from stf_account where username = ?", STAFF);
        cache.getCache().evictAll();
    }

    /** A file opened two years ago, holding an emergency contact: every group it holds is overdue. */
    private StaffFileView openedTwoYearsAgo(String given) throws Exception {
        long person = aPerson().called(given).livingAt("1 Old Lane", "Leeds", "LS1 1AA").as(SubjectCategory.STAFF)
                .registeredIn(register).id();
        long contact = aPerson().called("Ines").as(SubjectCategory.EMERGENCY_CONTACT)
                .registeredIn(register).id();
        StaffFileView file = Callers.as(Role.HR, () -> staffFiles.open(new OpenStaffFileForm(
                ChosenPerson.known(person), EngagementType.EMPLOYEE, "Clerk", LocalDate.now().minusYears(2))));
        Callers.as(Role.HR, () -> staffFiles.addEmergencyContact(file.id(), new EmergencyContactForm(
                ChosenPerson.known(contact), "Sister")));
        Sql.execute(database, "update stf_staff_file set opened_at = opened_at - interval '2 years' where id = ?",
                file.id());
        cache.getCache().evictAll();
        return file;
    }

    private StaffFileView linked(StaffFileView file) throws Exception {
        Callers.as(Role.HR, () -> staffAccounts.link(file.id(), STAFF));
        return file;
    }

    private static List<AccuracyGroup> due(OwnRecordView record) {
        return record.prompts().stream().map(ReviewPrompt::group).toList();
    }

    /** The rows of HR's whole list that are about these files, read page by page. */
    private List<StaleRecord> staleOf(Role role, long... fileIds) throws Exception {
        Set<Long> files = LongStream.of(fileIds).boxed().collect(Collectors.toSet());
        List<StaleRecord> found = new ArrayList<>();
        int first = 0;
        Page<StaleRecord> page;
        do {
            int from = first;
            page = Callers.as(role, () -> accuracyReviews.stale(from, 200));
            page.rows().stream().filter(row -> files.contains(row.staffFileId())).forEach(found::add);
            first += 200;
        } while (first < page.total());
        return found;
    }

    private List<String> confirmationsAudited(StaffFileView file) throws Exception {
        return Sql.column(database, "select action || ' ' || outcome from sec_audit_entry where actor = ?"
                + " and record_type = 'AccuracyConfirmation' and record_id = ? order by position", STAFF,
                Long.toString(file.id()));
    }

    @Test
    void aMemberOfStaffConfirmsTheirOwnDueGroupAndNeverAnothersEachConfirmationAudited_A1_X2() throws Exception {
        StaffFileView mine = linked(openedTwoYearsAgo("Ulla"));
        StaffFileView theirs = openedTwoYearsAgo("Uwe");
        OwnRecordView before = Callers.as(Role.STAFF, ownRecord::mine);
        assertEquals(List.of(AccuracyGroup.PERSONAL_DETAILS, AccuracyGroup.EMERGENCY_CONTACTS), due(before),
                "no bank details are held, so none are asked about");
        assertTrue(before.prompts().get(0).message().startsWith("Please check your personal and contact details:"
                + " not confirmed since your staff file was opened on "), before.prompts().get(0).message());

        OwnRecordView after = Callers.as(Role.STAFF, () -> ownRecord.confirm(mine.id(),
                AccuracyGroup.PERSONAL_DETAILS));

        assertEquals(List.of(AccuracyGroup.EMERGENCY_CONTACTS), due(after));
        assertEquals(List.of(LocalDate.now() + " " + STAFF), Sql.column(database, "select confirmed_on || ' ' ||"
                + " confirmed_by from stf_accuracy_confirmation where staff_file_id = ?", mine.id()));
        assertEquals(OwnFileAccess.NOT_YOURS, assertThrows(AccessRefused.class, () -> Callers.as(Role.STAFF,
                () -> ownRecord.confirm(theirs.id(), AccuracyGroup.PERSONAL_DETAILS))).getMessage());
        assertEquals("Your record holds no bank details to confirm.", assertThrows(RequestRefused.class,
                () -> Callers.as(Role.STAFF, () -> ownRecord.confirm(mine.id(), AccuracyGroup.BANK_DETAILS)))
                .getMessage());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> ownRecord.confirm(theirs.id(),
                AccuracyGroup.PERSONAL_DETAILS)), "only the member of staff confirms their own details");
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from stf_accuracy_confirmation"
                + " where staff_file_id = ?", theirs.id()));
        assertEquals(List.of("UPDATE SUCCESS", "UPDATE FAILED"), confirmationsAudited(mine));
        assertEquals(List.of("UPDATE DENIED"), confirmationsAudited(theirs));
    }

    @Test
    void theStaleListShowsCurrentStaffsOverdueGroupsNotAConfirmedOneNorALeaver_A1() throws Exception {
        StaffFileView overdue = openedTwoYearsAgo("Vera");
        StaffFileView confirmed = linked(openedTwoYearsAgo("Viktor"));
        StaffFileView leaver = openedTwoYearsAgo("Vlad");
        Sql.execute(database, "update stf_engagement set leaving_date = ?, leaving_reason = 'Resigned'"
                + " where staff_file_id = ?", LocalDate.now().minusDays(1), leaver.id());
        cache.getCache().evictAll();
        for (AccuracyGroup group : due(Callers.as(Role.STAFF, ownRecord::mine))) {
            Callers.as(Role.STAFF, () -> ownRecord.confirm(confirmed.id(), group));
        }

        List<StaleRecord> stale = staleOf(Role.HR, overdue.id(), confirmed.id(), leaver.id());

        assertEquals(List.of(AccuracyGroup.PERSONAL_DETAILS, AccuracyGroup.EMERGENCY_CONTACTS), stale.stream()
                .map(StaleRecord::group).toList(), "the overdue file's groups only: " + stale);
        StaleRecord row = stale.get(0);
        assertEquals(overdue.id(), row.staffFileId());
        assertEquals(overdue.name(), row.name());
        assertEquals("Personal and contact details", row.what());
        assertEquals(LocalDate.now().minusYears(1), row.dueSince(), "12 months after the file opened, by default");
        assertNull(row.lastConfirmed());
        assertEquals(stale, staleOf(Role.DPM, overdue.id(), confirmed.id(), leaver.id()), "the DPM reads it too");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.STAFF, () -> accuracyReviews.stale(0, 10)));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> accuracyReviews.stale(0, 10)));
    }

    @Test
    void aChangeHrAppliesConfirmsItsGroupAndTheIntervalIsASettingTheDpmChanges_A1() throws Exception {
        StaffFileView mine = linked(openedTwoYearsAgo("Wanda"));
        OwnRecordView before = Callers.as(Role.STAFF, ownRecord::mine);
        ChangeReportView reported = Callers.as(Role.STAFF, () -> ownRecord.reportChange(mine.id(),
                before.details().stream().filter(detail -> detail.field().equals("Relationship")).findFirst()
                        .orElseThrow().changedTo("Partner")));
        assertEquals(List.of(AccuracyGroup.PERSONAL_DETAILS, AccuracyGroup.EMERGENCY_CONTACTS),
                due(Callers.as(Role.STAFF, ownRecord::mine)), "reported, not yet applied");

        Callers.as(Role.HR, () -> changeReports.apply(reported.id(), reported.version()));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> changeReports.decline(reported.id(),
                reported.version(), new DeclineForm("Not our records"))), "a second HR user's stale page");

        assertEquals(List.of(AccuracyGroup.PERSONAL_DETAILS), due(Callers.as(Role.STAFF, ownRecord::mine)));
        assertEquals(List.of(AccuracyGroup.PERSONAL_DETAILS), staleOf(Role.HR, mine.id()).stream()
                .map(StaleRecord::group).toList());
        SettingView setting = Callers.as(Role.DPM, settings::settings).stream().filter(shown -> shown.key()
                .equals("accuracy.staff-emergency-contacts")).findFirst().orElseThrow();
        assertEquals("P12M", setting.value());
        assertEquals("A1", setting.rule());
        Sql.execute(database, "update stf_accuracy_confirmation set confirmed_on = ? where staff_file_id = ?",
                LocalDate.now().minusMonths(2), mine.id());
        cache.getCache().evictAll();
        Callers.as(Role.DPM, () -> settings.change("accuracy.staff-emergency-contacts", "P2M"));
        try {
            assertEquals(List.of(AccuracyGroup.PERSONAL_DETAILS, AccuracyGroup.EMERGENCY_CONTACTS),
                    due(Callers.as(Role.STAFF, ownRecord::mine)), "due again under the shorter interval");
            StaleRecord emergency = staleOf(Role.HR, mine.id()).get(1);
            assertEquals(LocalDate.now().minusMonths(2), emergency.lastConfirmed());
            assertEquals(LocalDate.now(), emergency.dueSince(), "due on the day the interval ends");
        } finally {
            Callers.as(Role.DPM, () -> settings.change("accuracy.staff-emergency-contacts", ""));
        }
        assertFalse(due(Callers.as(Role.STAFF, ownRecord::mine)).contains(AccuracyGroup.EMERGENCY_CONTACTS));
    }

    @Test
    void hrSetsHowOftenEachGroupIsCheckedAndNoOtherSetting_A1() throws Exception {
        assertEquals(List.of("accuracy.staff-bank-details", "accuracy.staff-emergency-contacts",
                "accuracy.staff-personal-details"), Callers.as(Role.HR, settings::reviewIntervals).stream()
                .map(SettingView::key).sorted().toList());
        try {
            SettingView changed = Callers.as(Role.HR,
                    () -> settings.changeReviewInterval("accuracy.staff-bank-details", "P6M"));
            assertEquals("P6M", changed.value());
            assertEquals("P6M", Callers.as(Role.DPM, settings::settings).stream()
                    .filter(shown -> shown.key().equals("accuracy.staff-bank-details")).findFirst().orElseThrow()
                    .value(), "the one setting the DPM's page shows");
        } finally {
            Callers.as(Role.HR, () -> settings.changeReviewInterval("accuracy.staff-bank-details", ""));
        }
        assertEquals("There is no review interval calendar.request-response.", assertThrows(RequestRefused.class,
                () -> Callers.as(Role.HR, () -> settings.changeReviewInterval("calendar.request-response", "P2M")))
                .getMessage());
        assertThrows(EJBAccessException.class,
                () -> Callers.as(Role.HR, () -> settings.change("accuracy.staff-bank-details", "P6M")));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.STAFF, settings::reviewIntervals));
    }
}

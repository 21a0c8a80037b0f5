package org.custos.complaints.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custos.domain.shared.OrganisationTime;
import org.custos.complaints.api.AnonymityLossForm;
import org.custos.complaints.api.ComplaintForm;
import org.custos.complaints.api.ComplaintHandlers;
import org.custos.complaints.api.ComplaintQuery;
import org.custos.complaints.api.ComplaintView;
import org.custos.complaints.api.Complaints;
import org.custos.complaints.api.LoggedComplaint;
import org.custos.complaints.api.NoteForm;
import org.custos.complaints.api.OpenComplaint;
import org.custos.complaints.api.OutcomeForm;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Names;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The complaints context on Payara Micro with PostgreSQL, with only its declared dependencies (protection, security):
 * a complaint file opens for its named handlers only, everyone else is refused and audited, the DPM comes in through
 * break-glass flagged in the audit trail (X1, X2); a copy of the data for the person a complaint is about leaves out
 * the complainant who asked for anonymity (P1, D3); erasure through the SPI, checked in SQL.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintsContextIT {

    private static final String HR = Callers.principal(Role.HR);
    private static final String OTHER_HR = "other-hr-complaints";
    private static final String DPM = Callers.principal(Role.DPM);
    private static final String MANAGER = Callers.principal(Role.HIRING_MANAGER);

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("complaints", ProtectionDeployment.fixtures());
    }

    @Inject
    Complaints complaints;

    @Inject
    PeopleRegister register;

    @Inject
    Settings settings;

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Resource
    UserTransaction transaction;

    /** Its cache forgets what raw SQL changed behind it. */
    @PersistenceUnit(unitName = "custos")
    EntityManagerFactory cache;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @BeforeEach
    void accounts() throws Exception {
        TestAccounts.ensure(database, HR, Role.HR);
        TestAccounts.ensure(database, OTHER_HR, Role.HR);
        TestAccounts.ensure(database, DPM, Role.DPM);
    }

    private long person(String given, String family) throws Exception {
        return aPerson().named(given, family).as(SubjectCategory.CLIENT_CONTACT).registeredIn(register).id();
    }

    private LoggedComplaint logged(long complainant, List<Long> named, boolean anonymous, String text,
            String... handlers) throws Exception {
        return Callers.as(Role.HR, () -> complaints.log(new ComplaintForm(ChosenPerson.known(complainant),
                LocalDate.now().minusDays(3), ComplaintChannel.EMAIL, ComplaintKind.STAFF_CONDUCT,
                ComplaintAbout.STAFF_MEMBER, "Rudeness at the front desk", named, text, anonymous, null, null,
                Set.of(handlers))));
    }

    private List<String> audit(long complaintId) throws Exception {
        return Sql.column(database, "select actor || ' ' || action || ' ' || outcome from sec_audit_entry"
                + " where record_type = 'Complaint' and record_id = ? order by position", Long.toString(complaintId));
    }

    @Test
    void aNamedHandlerReadsAndAnotherHrUserAndAHiringManagerAreRefusedAndAudited_X1_X2() throws Exception {
        long complainant = person("Amara", Names.unique("Okafor"));
        long named = person("Bill", Names.unique("Frost"));
        LoggedComplaint mine = logged(complainant, List.of(named), false, "The clerk shouted at me.", HR);
        LoggedComplaint theirs = logged(complainant, List.of(), false, "Nobody answered my letter.", OTHER_HR);

        ComplaintView read = Callers.as(Role.HR, () -> complaints.complaint(mine.id()));

        assertEquals("The clerk shouted at me.", read.text());
        assertEquals(List.of(HR), read.handlers());
        assertEquals(complainant, read.complainant().subjectId());
        assertEquals(List.of(named), read.peopleNamed().stream().map(p -> p.subjectId()).toList());
        assertFalse(read.emergencyAccess());
        assertTrue(Callers.as(Role.HR, () -> register.details(named)).data().categories()
                .contains(SubjectCategory.NAMED_IN_COMPLAINT), "S2");
        assertTrue(Callers.as(Role.HR, () -> register.details(complainant)).data().categories()
                .containsAll(Set.of(SubjectCategory.CLIENT_CONTACT, SubjectCategory.COMPLAINANT)), "S1: one person");
        assertEquals("This complaint file is shown only to the handlers named on it.", assertThrows(
                AccessRefused.class, () -> Callers.as(Role.HR, () -> complaints.complaint(theirs.id()))).getMessage(),
                "another HR user");
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR, () -> complaints.addStep(theirs.id(),
                new NoteForm(LocalDate.now(), "Looked into it"))), "nor can they add to it");
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> complaints.complaint(mine.id())), "a hiring manager");

        assertEquals(List.of(HR + " CREATE SUCCESS", HR + " READ SUCCESS", MANAGER + " READ DENIED"),
                audit(mine.id()));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> complaints.complaint(mine.id())),
                "X6");
        assertEquals(List.of(HR + " CREATE SUCCESS", HR + " READ DENIED", HR + " UPDATE DENIED"), audit(theirs.id()));

        List<Long> hrSees = Callers.as(Role.HR, () -> complaints.openComplaints(new ComplaintQuery(0, 200))).rows()
                .stream().map(OpenComplaint::id).toList();
        assertTrue(hrSees.contains(mine.id()));
        assertFalse(hrSees.contains(theirs.id()), "another's complaint is not even listed");
        List<OpenComplaint> dpmSees = Callers.as(Role.DPM, () -> complaints.openComplaints(
                new ComplaintQuery(0, 200))).rows();
        assertTrue(dpmSees.stream().map(OpenComplaint::id).collect(Collectors.toSet())
                .containsAll(Set.of(mine.id(), theirs.id())), "the DPM sees every open complaint listed");
        OpenComplaint row = dpmSees.stream().filter(c -> c.id() == mine.id()).findFirst().orElseThrow();
        assertEquals(mine.acknowledgementDue(), row.acknowledgementDue());
        assertTrue(row.daysLeft() >= 27, "30 days from the day after receipt, three days ago");
    }

    @Test
    void theDpmOpensAFileThroughBreakGlassWithAReasonFlaggedInTheAudit_X1_X2() throws Exception {
        long complainant = person("Cleo", Names.unique("Marsh"));
        LoggedComplaint logged = logged(complainant, List.of(), false, "My data went to the wrong address.", HR);

        assertTrue(assertThrows(AccessRefused.class, () -> Callers.as(Role.DPM,
                () -> complaints.complaint(logged.id()))).getMessage().contains("emergency access"));
        ComplaintView broken = Callers.as(Role.DPM, () -> complaints.breakGlass(logged.id(),
                "The handler is away and the ICO asked about this complaint today."));
        ComplaintView reopened = Callers.as(Role.DPM, () -> complaints.complaint(logged.id()));

        assertTrue(broken.emergencyAccess());
        assertEquals("My data went to the wrong address.", broken.text());
        assertTrue(reopened.emergencyAccess(), "for the rest of the day");
        List<String> trail = audit(logged.id());
        assertEquals(HR + " CREATE SUCCESS", trail.get(0));
        assertEquals(DPM + " READ DENIED", trail.get(1));
        assertTrue(trail.contains(DPM + " BREAK_GLASS SUCCESS"), trail.toString());
        assertTrue(trail.contains(DPM + " READ SUCCESS"), trail.toString());
        assertEquals(List.of("The handler is away and the ICO asked about this complaint today."), Sql.column(
                database, "select reason from sec_access_grant where record_type = 'Complaint' and record_id = ?"
                        + " and break_glass", Long.toString(logged.id())));
        List<String> readUnderBreakGlass = Sql.column(database,
                "select detail from sec_audit_entry where record_type = 'Complaint' and record_id = ?"
                        + " and action = 'READ' and outcome = 'SUCCESS' and actor = ?", Long.toString(logged.id()),
                DPM);
        assertEquals(1, readUnderBreakGlass.size(), readUnderBreakGlass.toString());
        assertTrue(readUnderBreakGlass.get(0).startsWith("opened under the DPM's emergency access (break-glass); "
                + "record opened under break-glass grant "), "X2: the one entry tells the grant it opened under: "
                + readUnderBreakGlass);
        assertEquals(List.of(), Sql.column(database, "select action || ' ' || outcome from sec_audit_entry"
                + " where record_type = 'AccessGrant' and record_id = ? and actor = ?", Long.toString(logged.id()),
                DPM), "X2: the grant check inside the complaint's calls leaves no entry of its own");
        assertFalse(Callers.as(Role.HR, () -> complaints.complaint(logged.id())).emergencyAccess());

        ComplaintHandlers renamed = Callers.as(Role.DPM, () -> complaints.changeHandlers(logged.id(),
                reopened.version(), Set.of(HR, OTHER_HR)));
        assertEquals(List.of(HR, OTHER_HR), renamed.handlers());
        assertEquals(reopened.version() + 1, renamed.version());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> complaints.changeHandlers(logged.id(),
                renamed.version(), Set.of(MANAGER))), "a handler is an HR or DPM account");
    }

    @Test
    void aHandlerAcknowledgesInvestigatesAndClosesAndRecordsWhenAnonymityCannotBeKept_P1() throws Exception {
        long complainant = person("Dina", Names.unique("Shah"));
        LoggedComplaint logged = logged(complainant, List.of(), true, "The manager lost my file.", HR);
        ComplaintView opened = Callers.as(Role.HR, () -> complaints.complaint(logged.id()));

        ComplaintView acknowledged = Callers.as(Role.HR, () -> complaints.acknowledge(logged.id(), opened.version(),
                LocalDate.now()));
        ComplaintView stepped = Callers.as(Role.HR, () -> complaints.addStep(logged.id(),
                new NoteForm(LocalDate.now(), "Spoke to the manager.")));
        ComplaintView lost = Callers.as(Role.HR, () -> complaints.anonymityCannotBeKept(logged.id(),
                stepped.version(), new AnonymityLossForm("Only she was in the office that day.", LocalDate.now())));
        ComplaintView closed = Callers.as(Role.HR, () -> complaints.close(logged.id(), lost.version(),
                new OutcomeForm("Upheld; the file was found and returned.", LocalDate.now())));

        assertEquals(LocalDate.now(), acknowledged.acknowledgedOn());
        assertEquals(List.of("Spoke to the manager."), stepped.steps().stream().map(s -> s.text()).toList());
        assertEquals("Only she was in the office that day.", lost.anonymityLostReason());
        assertTrue(closed.closed());
        assertFalse(closed.acknowledgementNeeded(), "the outcome went within the time");
        assertEquals("This complaint was closed on " + LocalDate.now() + ": nothing more is recorded.",
                assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> complaints.addStep(logged.id(),
                        new NoteForm(LocalDate.now(), "Late note")))).getMessage());
        assertFalse(Callers.as(Role.HR, () -> complaints.openComplaints(new ComplaintQuery(0, 200))).rows().stream()
                .anyMatch(c -> c.id() == logged.id()), "a closed complaint is no longer open");
    }

    @Test
    void theCopyForThePersonComplainedAboutLeavesOutTheAnonymousComplainant_P1_D3() throws Exception {
        String family = Names.unique("Quill");
        long complainant = person("Zara", family);
        long accused = person("Pete", Names.unique("Stone"));
        LoggedComplaint anonymous = logged(complainant, List.of(accused), true,
                "I, Zara " + family + ", saw Pete take the petty cash.", HR);
        String openFamily = Names.unique("Open");
        LoggedComplaint open = logged(person("Olly", openFamily), List.of(accused), false, "Pete was late again.",
                HR);

        SubjectDataSection exported = throughTheSpi(holder -> holder.export(accused));
        String forAccused = ownText(exported);
        String forComplainant = text(throughTheSpi(holder -> holder.export(complainant)));

        assertFalse(forAccused.contains(family), "the complainant's name is left out: " + forAccused);
        assertFalse(forAccused.contains("petty cash"), "and the words that identify them");
        assertTrue(exported.items().stream().flatMap(item -> item.fields().stream())
                .filter(field -> field.otherPerson() != null).allMatch(field -> field.otherPerson()
                        .startsWith("Zara " + family + ", the complainant, who asked not to be named")),
                "they are there only as the complainant's data, which a response proposes to redact (D3)");
        assertTrue(exported.items().stream().flatMap(item -> item.fields().stream()).anyMatch(field ->
                field.otherPerson() != null && field.value().equals("Zara " + family)), "the DPM sees whom");
        assertTrue(forAccused.contains("Pete was late again."), "a complaint made openly is shown");
        assertTrue(forAccused.contains("Made by: Olly " + openFamily), "with who made it");
        assertTrue(forComplainant.contains("petty cash"), "the complainant has their own complaint");
        assertEquals(2, throughTheSpi(holder -> holder.export(accused)).items().size());

        ComplaintView file = Callers.as(Role.HR, () -> complaints.complaint(anonymous.id()));
        Callers.as(Role.HR, () -> complaints.anonymityCannotBeKept(anonymous.id(), file.version(),
                new AnonymityLossForm("Pete must answer what she saw.", LocalDate.now())));
        cache.getCache().evictAll();
        assertTrue(ownText(throughTheSpi(holder -> holder.export(accused))).contains("petty cash"),
                "once anonymity cannot be kept and the complainant was told");
        assertTrue(open.id() > 0);
    }

    @Test
    void erasureTakesTheComplainantsNameWordsAndStepsAndThePersonNamed_R7() throws Exception {
        long complainant = person("Eve", Names.unique("Hart"));
        long named = person("Finn", Names.unique("Cole"));
        LoggedComplaint logged = logged(complainant, List.of(named), false, "The web form lost my message.", HR);
        LoggedComplaint other = logged(person("Gus", Names.unique("Lee")), List.of(named), false, "Finn again.", HR);
        Callers.as(Role.HR, () -> complaints.addStep(logged.id(), new NoteForm(LocalDate.now(), "Checked the logs.")));

        ErasureOutcome erased = throughTheSpi(holder -> holder.erase(complainant));
        ErasureOutcome namedErased = throughTheSpi(holder -> holder.erase(named));
        cache.getCache().evictAll();

        assertEquals(1, erased.keptWithReasons().size());
        assertTrue(namedErased.erased() >= 1);
        assertEquals(List.of("null null null STAFF_CONDUCT"), Sql.column(database, "select"
                + " coalesce(cast(complainant_subject_id as varchar), 'null') || ' ' || coalesce(complaint_text, 'null')"
                + " || ' ' || coalesce(about_text, 'null') || ' ' || kind from cmp_complaint where id = ?",
                logged.id()));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from cmp_note where complaint_id = ?",
                logged.id()));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from cmp_person_named where subject_id = ?",
                named));
        assertEquals(List.of("Finn again."), Sql.column(database,
                "select complaint_text from cmp_complaint where id = ?", other.id()), "another's complaint stays");
        assertEquals(List.of(), throughTheSpi(holder -> holder.export(complainant)).items());
        assertNull(Callers.as(Role.HR, () -> complaints.complaint(logged.id())).complainant());
    }

    @Test
    void theAcknowledgementPeriodAndTheRetentionPeriodsAreSettings_P1_R5() throws Exception {
        long complainant = person("Hana", Names.unique("Ito"));
        LoggedComplaint thirty = logged(complainant, List.of(), false, "Thirty days.", HR);
        LoggedComplaint fourteen;
        Callers.as(Role.DPM, () -> settings.change("calendar.complaint-acknowledgement", "P14D"));
        try {
            fourteen = logged(complainant, List.of(), false, "Fourteen days.", HR);
        } finally {
            Callers.as(Role.DPM, () -> settings.change("calendar.complaint-acknowledgement", ""));
        }
        assertTrue(fourteen.acknowledgementDue().isBefore(thirty.acknowledgementDue()));
        assertTrue(!fourteen.acknowledgementDue().isBefore(LocalDate.now().minusDays(3).plusDays(14)));

        LoggedComplaint social = Callers.as(Role.HR, () -> complaints.log(new ComplaintForm(
                ChosenPerson.known(complainant), LocalDate.now().minusMonths(4), ComplaintChannel.SOCIAL_MEDIA,
                ComplaintKind.SERVICE, ComplaintAbout.SERVICE, null, List.of(), "Your shop is rubbish #fail", false,
                null, null, Set.of(HR))));
        Sql.execute(database, "update cmp_complaint set closed_on = ? where id = ?", LocalDate.now().minusYears(3),
                thirty.id());
        cache.getCache().evictAll();

        List<RetentionItem> due = throughTheSpi(holder -> holder.dueForReview(LocalDate.now()));
        assertTrue(due.contains(new RetentionItem("complaints", "Complaint", Long.toString(thirty.id()), complainant,
                LocalDate.now().minusYears(1), "retention.complaint-files",
                "Complaint closed: " + OrganisationTime.DAY.format(LocalDate.now().minusYears(3)) + ".")), due.toString());
        assertTrue(due.contains(new RetentionItem("complaints", "ComplaintMessage", Long.toString(social.id()),
                complainant, LocalDate.now().minusMonths(4).plusMonths(3), "retention.complaint-social-media-messages",
                "Complaint received: " + OrganisationTime.DAY.format(LocalDate.now().minusMonths(4)) + ".")),
                due.toString());
        assertFalse(due.stream().anyMatch(item -> item.recordId().equals(Long.toString(fourteen.id()))),
                "an open complaint by email is not due");
    }

    /** The fields of the person's own data: a copy leaves out those marked as another person's unless reviewed. */
    private static String ownText(SubjectDataSection section) {
        return section.items().stream().flatMap(item -> item.fields().stream())
                .filter(field -> field.otherPerson() == null)
                .map(field -> field.label() + ": " + field.value()).collect(Collectors.joining("\n"));
    }

    private static String text(SubjectDataSection section) {
        return section.items().stream().flatMap(item -> item.fields().stream())
                .map(field -> field.label() + ": " + field.value()).collect(Collectors.joining("\n"));
    }

    /** As the rights and retention engines will: the complaints holder found among all, in their transaction. */
    private <T> T throughTheSpi(Function<PersonalDataHolder, T> work) throws Exception {
        PersonalDataHolder complaintsHolder = holders.stream()
                .filter(holder -> holder.context() == DataContext.COMPLAINTS).findFirst().orElseThrow();
        transaction.begin();
        try {
            return work.apply(complaintsHolder);
        } finally {
            transaction.commit();
        }
    }
}

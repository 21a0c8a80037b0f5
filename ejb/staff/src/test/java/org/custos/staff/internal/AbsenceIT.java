package org.custos.staff.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
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
import javax.sql.DataSource;
import org.custos.domain.shared.AbsenceHealthKind;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Sha256;
import org.custos.domain.shared.SicknessReason;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.staff.api.AbsenceForm;
import org.custos.staff.api.AbsenceHealthForm;
import org.custos.staff.api.AbsenceHealthView;
import org.custos.staff.api.AbsenceView;
import org.custos.staff.api.Absences;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sickness absence on Payara Micro with PostgreSQL (T1, L4, X3, R3): HR records the periods without approval; their
 * health details are refused (and the refusal audited) without the DPM's approval, recorded encrypted and read with
 * it, refused again once it has ended; the staff holder exports the periods, keeps them with the file and erases
 * them with SQL checks that nothing is left; a person's erasure in the security context leaves the health details
 * staff keeps until the absences' own clock takes them.
 */
@ExtendWith(ArquillianExtension.class)
class AbsenceIT {

    private static final String STRESS = "Work-related stress after a bereavement";

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("staff", ProtectionDeployment.fixtures());
    }

    @Inject
    Absences absences;

    @Inject
    StaffFiles staffFiles;

    @Inject
    Approvals approvals;

    @Inject
    SensitiveData sensitiveData;

    @Inject
    PeopleRegister register;

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

    private static LocalDate today() {
        return LocalDate.now();
    }

    private StaffFileView file(String given) throws Exception {
        long person = aPerson().called(given).as(SubjectCategory.STAFF).registeredIn(register).id();
        return Callers.as(Role.HR, () -> staffFiles.open(new OpenStaffFileForm(ChosenPerson.known(person),
                EngagementType.EMPLOYEE, "Driver", today().minusYears(2))));
    }

    private AbsenceView absent(StaffFileView file, LocalDate firstDay, LocalDate lastDay) throws Exception {
        return Callers.as(Role.HR, () -> absences.record(new AbsenceForm(file.id(), firstDay, lastDay, true)));
    }

    private long purpose() throws Exception {
        return Long.parseLong(Sql.column(database, "select id from prot_purpose order by id").get(0));
    }

    private ApprovalView approvedHealth(long person) throws Exception {
        ApprovalView request = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forPerson(person,
                SpecialCategory.HEALTH, SpecialCategoryCondition.EMPLOYMENT_LAW, "Schedule 1 para 1", purpose(),
                "Sickness absence management and Statutory Sick Pay", today().plusMonths(1))));
        return Callers.as(Role.DPM, () -> approvals.approve(request.id(), request.version(), today().plusMonths(1),
                null));
    }

    private AbsenceHealthForm reason() throws Exception {
        return new AbsenceHealthForm(AbsenceHealthKind.REASON, SicknessReason.MENTAL_HEALTH, purpose(), STRESS, null);
    }

    private AbsenceHealthForm fitNote(byte[] pdf) throws Exception {
        return new AbsenceHealthForm(AbsenceHealthKind.FIT_NOTE, null, purpose(), "Not fit for work for two weeks",
                new DocumentUpload("fit-note.pdf", pdf));
    }

    private List<String> audit(String recordType, long recordId) throws Exception {
        return Sql.column(database, "select action || ' ' || outcome from sec_audit_entry where record_type = ?"
                + " and record_id = ? order by position", recordType, Long.toString(recordId));
    }

    @Test
    void healthDetailsAreRefusedWithoutTheDpmsApprovalAndTheRefusalAudited_L4_X2() throws Exception {
        StaffFileView file = file("Rhian");
        AbsenceView absence = absent(file, today().minusDays(4), today().minusDays(1));
        assertEquals(4, absence.daysLost(), "the period itself needs no approval");

        AccessRefused recording = assertThrows(AccessRefused.class,
                () -> Callers.as(Role.HR, () -> absences.recordHealth(absence.id(), reason())));
        AccessRefused reading = assertThrows(AccessRefused.class,
                () -> Callers.as(Role.HR, () -> absences.health(absence.id())));

        assertEquals("You cannot record health data about this person: the DPM has not approved it. Request "
                + "approval first.", recording.getMessage());
        assertEquals("You cannot read health data about this person: the DPM has not approved it. Request "
                + "approval first.", reading.getMessage());
        assertEquals(List.of("CREATE SUCCESS", "UPDATE DENIED"), audit("SicknessAbsence", absence.id()));
        assertEquals(List.of("READ DENIED"), audit("AbsenceHealthRecord", absence.id()));
        assertEquals(List.of("UPDATE SicknessAbsence DENIED", "READ AbsenceHealthRecord DENIED"), Sql.column(database,
                "select action || ' ' || record_type || ' ' || outcome from sec_audit_entry where subject_id = ?"
                        + " and detail like '%inside it, SensitiveRecord%: Refused%' order by position",
                file.subjectId()), "the gate's refusals told in the one entry of each call, naming the person (X2)");
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from sec_audit_entry"
                + " where record_type = 'SensitiveRecord' and subject_id = ?", file.subjectId()),
                "no second entry for one call");
        assertEquals(List.of("0", "0"), Sql.column(database, "select count(*) from sec_sensitive_record where"
                + " subject_id = ? union all select count(*) from stf_absence_health where absence_id = ?",
                file.subjectId(), absence.id()), "nothing of the health detail was kept");
        assertEquals(1, Callers.as(Role.HR, () -> absences.onFile(file.id())).size());
    }

    @Test
    void withTheDpmsApprovalHealthDetailsAreRecordedEncryptedAndRead_L4_X3() throws Exception {
        StaffFileView file = file("Sam");
        AbsenceView absence = absent(file, today().minusDays(10), null);
        Callers.as(Role.HR, () -> absences.change(absence.id(), absence.version(), new AbsenceForm(file.id(),
                today().minusDays(10), null, false)));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> absences.change(absence.id(),
                absence.version(), new AbsenceForm(file.id(), today().minusDays(10), today(), true))),
                "a second HR user's stale page does not overwrite the first's change");
        approvedHealth(file.subjectId());
        byte[] pdf = Documents.pdf("Fit note");

        Callers.as(Role.HR, () -> absences.recordHealth(absence.id(), reason()));
        AbsenceView withNote = Callers.as(Role.HR, () -> absences.recordHealth(absence.id(), fitNote(pdf)));
        List<AbsenceHealthView> read = Callers.as(Role.HR, () -> absences.health(absence.id()));

        assertEquals(2, withNote.healthDetails());
        assertEquals(11, withNote.daysLost(), "an open absence counts to today");
        assertEquals(List.of(AbsenceHealthKind.REASON, AbsenceHealthKind.FIT_NOTE),
                read.stream().map(AbsenceHealthView::kind).toList());
        assertEquals("Reason: Stress, anxiety, depression or other mental health.\n" + STRESS, read.get(0).content());
        assertEquals(List.of("fit-note.pdf", Sha256.hex(pdf)), List.of(read.get(1).document().fileName(),
                read.get(1).document().sha256()));
        assertArrayEquals(pdf, Callers.as(Role.HR, () -> absences.document(absence.id(), read.get(1).id()))
                .content());
        List<String> stored = Sql.column(database, "select content from sec_sensitive_record where subject_id = ?"
                + " and context = 'staff' order by id", file.subjectId());
        assertEquals(2, stored.size());
        assertTrue(stored.stream().noneMatch(text -> text.contains("bereavement") || text.contains("Stress")
                || text.contains("two weeks")), "encrypted at rest: " + stored);
        assertEquals(List.of("READ SUCCESS"), audit("AbsenceHealthRecord", absence.id()).subList(0, 1));
    }

    @Test
    void onceTheApprovalHasEndedHealthDetailsAreRefusedAgainButThePeriodStaysVisible_L4() throws Exception {
        StaffFileView file = file("Tomos");
        AbsenceView absence = absent(file, today().minusDays(3), today().minusDays(2));
        ApprovalView approval = approvedHealth(file.subjectId());
        Callers.as(Role.HR, () -> absences.recordHealth(absence.id(), reason()));
        assertEquals(1, Callers.as(Role.HR, () -> absences.health(absence.id())).size());

        Sql.execute(database, "update sec_approval set valid_until = current_date - 1 where id = ?", approval.id());
        cache.getCache().evictAll();

        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR, () -> absences.health(absence.id())));
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR, () -> absences.recordHealth(absence.id(),
                fitNote(Documents.pdf("Fit note")))));
        assertEquals(List.of(2L), Callers.as(Role.HR, () -> absences.onFile(file.id())).stream()
                .map(AbsenceView::daysLost).toList());
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from stf_absence_health where absence_id = ?",
                absence.id()));
    }

    private PersonalDataHolder holder(DataContext context) {
        return holders.stream().filter(candidate -> candidate.context() == context).findFirst().orElseThrow();
    }

    /** As the rights and retention engines will: the staff holder found among all, in their transaction. */
    private <T> T throughTheSpi(Function<PersonalDataHolder, T> work) throws Exception {
        transaction.begin();
        try {
            return work.apply(holder(DataContext.STAFF));
        } finally {
            transaction.commit();
        }
    }

    /** The sensitive records' holder, whose facade only the DPM calls (in its own transaction). */
    private <T> T throughTheSensitiveHolder(Function<PersonalDataHolder, T> work) throws Exception {
        return Callers.as(Role.DPM, () -> work.apply(holder(DataContext.SECURITY)));
    }

    private static String value(DataItem item, String label) {
        return item.fields().stream().filter(field -> field.label().equals(label))
                .map(SubjectDataSection.Field::value).findFirst().orElse("");
    }

    @Test
    void theStaffHolderExportsAbsencesKeepsThemWithTheFileAndErasesThemSixYearsAfterLeaving_R3_D3() throws Exception {
        StaffFileView file = file("Ursula");
        long subject = file.subjectId();
        LocalDate leftLongAgo = today().minusYears(7);
        Sql.execute(database, "update stf_engagement set start_date = ? where staff_file_id = ?",
                leftLongAgo.minusYears(3), file.id());
        cache.getCache().evictAll();
        AbsenceView absence = absent(file, leftLongAgo.minusMonths(6), leftLongAgo.minusMonths(6).plusDays(9));
        approvedHealth(subject);
        byte[] pdf = Documents.pdf("Fit note");
        Callers.as(Role.HR, () -> absences.recordHealth(absence.id(), fitNote(pdf)));

        List<DataItem> exported = throughTheSpi(holder -> holder.export(subject)).items().stream()
                .filter(item -> item.recordType().equals("SicknessAbsence")
                        || item.recordType().equals("AbsenceHealthRecord")).toList();
        assertEquals(List.of("SicknessAbsence", "AbsenceHealthRecord"), exported.stream().map(DataItem::recordType)
                .toList());
        assertEquals(List.of("10", "Yes", "Fit note"), List.of(value(exported.get(0), "Days lost"),
                value(exported.get(0), "Fit note given"), value(exported.get(1), "Health detail")));
        List<DataItem> sensitive = throughTheSensitiveHolder(holder -> holder.export(subject)).items();
        assertTrue(sensitive.stream().anyMatch(item -> value(item, "Document").equals("fit-note.pdf")
                && value(item, "Document SHA-256").equals(Sha256.hex(pdf))),
                "the fit note itself is exported by name and hash with the sensitive records");

        ErasureOutcome whileEmployed = throughTheSpi(holder -> holder.erase(subject));
        assertTrue(whileEmployed.keptWithReasons().contains("Sickness absences of staff file " + file.id()
                + ": kept for the employment and then for 6 years after leaving."),
                whileEmployed.keptWithReasons().toString());
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from stf_absence where staff_file_id = ?",
                file.id()));

        Sql.execute(database, "update stf_engagement set leaving_date = ?, leaving_reason = 'Resigned'"
                + " where staff_file_id = ?", leftLongAgo, file.id());
        cache.getCache().evictAll();
        assertTrue(throughTheSpi(holder -> holder.dueForReview(today())).contains(
                new RetentionItem("staff", "SicknessAbsence", Long.toString(absence.id()), subject,
                        leftLongAgo.plusYears(6), "retention.sickness-absence",
                        "Leaving date: " + OrganisationTime.DAY.format(leftLongAgo) + ".")), "due six years after leaving (R3)");

        throughTheSpi(holder -> holder.erase(subject));
        throughTheSensitiveHolder(holder -> holder.erase(subject));

        assertEquals(List.of("0", "0", "0", "0"), Sql.column(database, "select count(*) from stf_absence where"
                + " staff_file_id = ? union all select count(*) from stf_absence_health where absence_id = ?"
                + " union all select count(*) from sec_sensitive_record where subject_id = ?"
                + " union all select count(*) from stf_staff_file where id = ?", file.id(), absence.id(), subject,
                file.id()), "nothing of the absence or its health details is left");
    }

    @Test
    void aPersonsErasureLeavesTheHealthDetailsStaffKeepsAndTheyGoWithTheAbsencesAtTheirClock_R3_L4() throws Exception {
        StaffFileView file = file("Wyn");
        long subject = file.subjectId();
        AbsenceView absence = absent(file, today().minusDays(20), today().minusDays(11));
        approvedHealth(subject);
        Callers.as(Role.HR, () -> absences.recordHealth(absence.id(), fitNote(Documents.pdf("Fit note"))));
        Callers.as(Role.HR, () -> sensitiveData.record(subject, new SensitiveRecordForm("register", Set.of(),
                SpecialCategory.HEALTH, purpose(), "Asthma: keep the inhaler at reception", null)));

        ErasureOutcome erasure = throughTheSensitiveHolder(holder -> holder.erase(subject));

        assertEquals(1, erasure.erased(), "the record made in the register goes with the person");
        assertEquals(List.of("1 sensitive record recorded in Staff: kept with the records there that they belong to,"
                + " and erased with them when their retention ends."), erasure.keptWithReasons());
        assertEquals(List.of("staff", "1", "0"), Sql.column(database, "select context from sec_sensitive_record"
                + " where subject_id = ? union all select count(*)::text from sec_sensitive_document d"
                + " join sec_sensitive_record r on r.id = d.id where r.subject_id = ?"
                + " union all select count(*)::text from sec_approval where subject_id = ?", subject, subject, subject),
                "the fit note staff keeps stays with its document; the approvals went");
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR, () -> absences.health(absence.id())),
                "kept, it is still behind the gate: a new approval is needed to read it");

        LocalDate leftLongAgo = today().minusYears(7);
        Sql.execute(database, "update stf_engagement set start_date = ?, leaving_date = ?,"
                + " leaving_reason = 'Resigned' where staff_file_id = ?", leftLongAgo.minusYears(3), leftLongAgo,
                file.id());
        cache.getCache().evictAll();
        long kept = Long.parseLong(Sql.column(database, "select id from sec_sensitive_record where subject_id = ?",
                subject).get(0));
        throughTheSpi(holder -> holder.erase(subject));

        assertEquals(List.of("0", "0", "0", "0"), Sql.column(database, "select count(*) from sec_sensitive_record"
                + " where subject_id = ? union all select count(*) from sec_sensitive_document where id = ?"
                + " union all select count(*) from stf_absence_health where absence_id = ?"
                + " union all select count(*) from stf_absence where id = ?", subject, kept, absence.id(),
                absence.id()),
                "once the absences' period after leaving has passed their health details go with them");
    }
}

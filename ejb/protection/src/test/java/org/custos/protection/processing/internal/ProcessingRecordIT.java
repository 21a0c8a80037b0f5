package org.custos.protection.processing.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custos.domain.protection.Purpose;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachSeverity;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.breaches.api.Breaches;
import org.custos.protection.consent.api.ConsentForm;
import org.custos.protection.consent.api.Consents;
import org.custos.protection.holds.api.DisclosureForm;
import org.custos.protection.holds.api.Disclosures;
import org.custos.protection.processing.api.Art30Column;
import org.custos.protection.processing.api.ProcessingActivity;
import org.custos.protection.processing.api.ProcessingRecord;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.retention.internal.RegisterStandIn;
import org.custos.protection.testsupport.BreachForms;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SeededPurposes;
import org.custos.protection.testsupport.SqlStatements;
import org.custos.testsupport.Callers;
import org.custos.testsupport.IssuedNotice;
import org.custos.testsupport.PdfText;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The record of processing on Payara Micro with PostgreSQL (Art 30, issue 19): a purpose's row filled from the
 * disclosure log, the retention schedule and queue and the register, and its exports in the ICO template's layout.
 * The register's holder stands in for a record context.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessingRecordIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    ProcessingRecord processing;

    @Inject
    PeopleRegister register;

    @Inject
    Disclosures disclosures;

    @Inject
    Consents consents;

    @Inject
    Breaches breaches;

    @PersistenceUnit(unitName = "custos")
    EntityManagerFactory entities;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Test
    void aRowCarriesTheRecipientsOfTheDisclosureLogAndTheRetentionOfTheSchedule_Art30_D5_R6() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Ropa")).as(SubjectCategory.STAFF)
                .registeredIn(register);
        // no record context is deployed here: the register stands in for one (a purpose cannot choose it), serving
        // the seeded marketing purpose for the test (the module's tests count the seeded purposes: none is added)
        long marketing = SeededPurposes.MARKETING;
        Sql.execute(database, "update prot_purpose set context = ? where id = ?", DataContext.REGISTER.key(),
                marketing);
        entities.getCache().evict(Purpose.class);
        String recipient = unique("Payroll Bureau");
        Callers.as(Role.HR, () -> disclosures.record(person.id(), new DisclosureForm(recipient, "Name and email",
                marketing, LocalDate.now(), null)));
        Callers.as(Role.HR, () -> consents.record(new ConsentForm(person.id(), marketing,
                IssuedNotice.versionId(database), "Send me the yearly newsletter.", ConsentMethod.FORM,
                LocalDate.now(), null, null, true)));
        long run = System.nanoTime() % 1_000_000_000L + 3_000_000_000L;
        RegisterStandIn.switchOn(List.of());
        try {
            Sql.execute(database, "insert into prot_retention_run (id, version, as_of, started_at, started_by, state)"
                    + " values (?, 0, ?, ?, 'ropa-it', 'FINISHED')", run, LocalDate.now(), LocalDateTime.now());
            Sql.execute(database, "insert into prot_retention_item (id, version, context, record_type, record_id,"
                    + " rule_key, subject_id, due_on, reason, run_id, queued_at, state) values (?, 0, 'register',"
                    + " 'DataSubject', ?, ?, ?, ?, 'Test event took place: 1 March 2019.', ?, ?, 'WAITING')", run,
                    "ropa-" + run, RegisterStandIn.RULE.key(), person.id(), LocalDate.now().minusDays(3), run,
                    LocalDateTime.now());

            String summary = unique("Lost register printout");
            BreachView breach = Callers.as(Role.DPM, () -> breaches.log(BreachForms.aLostLaptop(summary,
                    LocalDateTime.now().minusDays(1), BreachLikelihood.REMOTE, BreachSeverity.MINIMAL,
                    Set.of(person.id()))));

            AtomicReference<List<ProcessingActivity>> read = new AtomicReference<>();
            List<String> statements = SqlStatements.issuedBy(entities, () -> {
                read.set(Callers.as(Role.DPM, processing::record).activities());
                return null;
            });
            ProcessingActivity row = read.get().stream()
                    .filter(activity -> activity.purposeId() == marketing).findFirst().orElseThrow();

            assertTrue(row.cell(Art30Column.RECIPIENTS).contains(recipient + " (1 disclosure)"),
                    row.cell(Art30Column.RECIPIENTS));
            assertTrue(row.cell(Art30Column.RETENTION).startsWith("Test schedule records: 6 years"),
                    row.cell(Art30Column.RETENTION));
            assertTrue(row.cell(Art30Column.RETAINED_BY_POLICY).startsWith("No: "),
                    row.cell(Art30Column.RETAINED_BY_POLICY));
            assertTrue(row.cell(Art30Column.INDIVIDUALS).contains(SubjectCategory.STAFF.label()));
            assertTrue(row.cell(Art30Column.PERSONAL_DATA).startsWith("Names, "));
            assertEquals("Consent", row.cell(Art30Column.ARTICLE_6));
            assertTrue(row.cell(Art30Column.CONSENT_RECORDS).startsWith("In the consent ledger: "),
                    row.cell(Art30Column.CONSENT_RECORDS));
            assertTrue(row.cell(Art30Column.RIGHTS).contains("Withdrawing consent at any time"));
            assertTrue(row.missing().contains("the security measures"),
                    "no security measures are recorded for it: " + row.missing());
            assertTrue(row.cell(Art30Column.BREACHES).startsWith("Yes: "), row.cell(Art30Column.BREACHES));
            assertTrue(row.cell(Art30Column.BREACH_RECORDS).contains("Breach " + breach.id() + ": " + summary),
                    row.cell(Art30Column.BREACH_RECORDS));
            // each sub-area is asked once for every purpose, through its api: not a statement per purpose
            for (String table : List.of("prot_disclosure", "prot_breach", "prot_retention_item")) {
                assertEquals(1, statements.stream().filter(sql -> sql.matches("(?s).*\\bfrom " + table + "\\b.*"))
                        .count(), table + " read " + statements);
            }
        } finally {
            RegisterStandIn.reset();
            Sql.execute(database, "update prot_purpose set context = null where id = ?", marketing);
            entities.getCache().evict(Purpose.class);
            Sql.execute(database, "delete from prot_retention_item where run_id = ?", run);
            Sql.execute(database, "delete from prot_retention_run where id = ?", run);
        }
    }

    @Test
    void theWorkbookHasTheIcoTemplatesColumnsInItsOrderAndTheDpmAloneMakesIt_Art30_X1() throws Exception {
        byte[] xlsx = Callers.as(Role.DPM, processing::xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(ProcessingRecordXlsx.SHEET);
            Row headings = sheet.getRow(ProcessingRecordXlsx.HEADINGS_ROW);
            assertEquals(List.of(Art30Column.values()).stream().map(Art30Column::heading).toList(),
                    IntStream.range(0, Art30Column.values().length)
                            .mapToObj(i -> headings.getCell(i).getStringCellValue()).toList());
            assertEquals("Article 30 Record of Processing Activities",
                    sheet.getRow(ProcessingRecordXlsx.HEADINGS_ROW - 1).getCell(0).getStringCellValue());
            assertTrue(IntStream.rangeClosed(ProcessingRecordXlsx.HEADINGS_ROW + 1, sheet.getLastRowNum())
                    .mapToObj(i -> sheet.getRow(i).getCell(Art30Column.PURPOSE.ordinal()).getStringCellValue())
                    .anyMatch(purpose -> purpose.startsWith("Recruitment: ")));
        }
        String pdf = PdfText.of(Callers.as(Role.DPM, processing::pdf));
        assertTrue(pdf.contains("Record of processing activities") && pdf.contains("Complaint handling"), pdf);

        for (Role role : List.of(Role.HR, Role.ADMIN)) {
            assertThrows(EJBAccessException.class, () -> Callers.as(role, processing::xlsx), role.name());
        }
        assertTrue(Integer.parseInt(Sql.column(database, "select count(*) from sec_audit_entry where record_type ="
                + " 'RecordOfProcessing' and action = 'EXPORT'").get(0)) >= 2, "each export is audited");
    }
}

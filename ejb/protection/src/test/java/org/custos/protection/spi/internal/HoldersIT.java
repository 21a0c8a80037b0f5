package org.custos.protection.spi.internal;

import static org.custos.protection.testsupport.Gate.anApprovedHealthRecordFor;
import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import javax.sql.DataSource;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.internal.RegisterDataHolder;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.SubjectDataSection.Field;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.Approvals;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveRecordView;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Documents;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The personal-data holders on Payara Micro with PostgreSQL (the SPI): the protection context finds the register's
 * and the security context's holders, exports through them and erases through them, leaving no row behind.
 */
@ExtendWith(ArquillianExtension.class)
class HoldersIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    PersonalDataHolders holders;

    @Inject
    SensitiveDataHolder sensitiveHolder;

    @Inject
    RegisterDataHolder registerHolder;

    @Inject
    PeopleRegister register;

    @Inject
    Purposes purposes;

    @Inject
    Approvals approvals;

    @Inject
    SensitiveData sensitive;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Test
    void theProtectionContextFindsTheRegistersAndTheSecurityContextsHolders_SPI() throws Exception {
        String family = unique("Franklin");
        SubjectDetails person = aPerson().named("Ada", family).as(SubjectCategory.COMPLAINANT).registeredIn(register);
        assertEquals(List.of("register", "security"), Callers.as(Role.DPM, holders::contexts));
        List<SubjectDataSection> export = Callers.as(Role.DPM, () -> holders.export(person.id()));
        assertTrue(export.get(0).items().get(0).fields().stream()
                .anyMatch(field -> field.label().equals("Family name") && field.value().equals(family)));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> holders.export(person.id())));
    }

    @Test
    void theSensitiveRecordsOfAPersonAreExportedDecryptedAndErasedThroughTheSecurityHolder_SPI() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Nightingale")).registeredIn(register);
        long purpose = Callers.as(Role.DPM, purposes::purposes).get(0).id();
        SensitiveRecordView recorded = anApprovedHealthRecordFor(person.id()).forPurpose(purpose)
                .askedFor("Fitness to work").saying("Fit for night shifts")
                .withDocument("occupational-health.pdf", Documents.pdf("Fit for night shifts"))
                .recordedThrough(approvals, sensitive).record();
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
        SubjectDetails person = aPerson().named("Ada", unique("Erased")).withEmail(unique("erase") + "@example.org")
                .as(SubjectCategory.COMPLAINANT).registeredIn(register);
        transaction.begin();
        assertEquals(1, registerHolder.erase(person.id()).erased());
        transaction.commit();
        for (String table : List.of("core_data_subject where id", "core_subject_email where subject_id",
                "core_subject_category where subject_id")) {
            assertEquals(List.of("0"), Sql.column(database, "select count(*) from " + table + " = ?", person.id()),
                    table);
        }
    }
}

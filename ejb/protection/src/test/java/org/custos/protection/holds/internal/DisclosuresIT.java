package org.custos.protection.holds.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.testsupport.Failures.violations;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.holds.api.DisclosureForm;
import org.custos.protection.holds.api.DisclosureView;
import org.custos.protection.holds.api.Disclosures;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.internal.RegisterDataHolder;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.SubjectDataSection.Field;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The disclosure log on Payara Micro with PostgreSQL (D5, D3, X1): every recipient of a person's data, listed,
 * exported and erased with the person, kept by HR and the DPM only.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosuresIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    Disclosures disclosures;

    @Inject
    PeopleRegister register;

    @Inject
    Purposes purposes;

    @Inject
    PersonalDataHolders holders;

    @Inject
    RegisterDataHolder registerHolder;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private DisclosureView disclosed(Role role, long subjectId, String recipient, long purposeId, LocalDate on)
            throws Exception {
        return Callers.as(role, () -> disclosures.record(subjectId, new DisclosureForm(recipient,
                "Name, start date and salary", purposeId, on, null)));
    }

    @Test
    void everyRecipientIsLoggedListedNewestFirstAndExportedAsSupplementaryInformation_D5_D3() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Meitner")).registeredIn(register);
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
                new Field("When", OrganisationTime.DAY.format(older.disclosedOn())),
                new Field(SubjectDataSection.ABOUT, "Who we shared your data with")), exported.get(1).fields());
        assertEquals(List.of("CREATE Disclosure SUCCESS", "CREATE Disclosure SUCCESS", "READ Disclosure SUCCESS"),
                Sql.column(database, "select action || ' ' || record_type || ' ' || outcome from sec_audit_entry"
                        + " where subject_id = ? and record_type = 'Disclosure' order by position", person.id()));
    }

    @Test
    void aDisclosureIsRefusedWithClearMessagesWhenItsFormIsIncompleteAndOnlyHrAndTheDpmKeepTheLog_D5_X1()
            throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Franklin")).as(SubjectCategory.CLIENT_CONTACT)
                .registeredIn(register);
        long purpose = Callers.as(Role.HR, purposes::purposes).get(0).id();
        Exception refused = assertThrows(Exception.class, () -> Callers.as(Role.HR, () -> disclosures.record(
                person.id(), new DisclosureForm(" ", "Name", purpose, LocalDate.now().plusDays(1), null))));
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
    void withNoContextKeepingOrganisationsADisclosureNamingOneIsRefusedAndNothingRecorded_D5() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Nobody")).as(SubjectCategory.SUPPLIER_CONTACT)
                .registeredIn(register);
        long purpose = Callers.as(Role.HR, purposes::purposes).get(0).id();

        RequestRefused unknown = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> disclosures.record(person.id(), new DisclosureForm(null, "Name", purpose, LocalDate.now(),
                        4711L))));

        assertEquals("There is no such organisation in the register: choose the recipient from the list.",
                unknown.getMessage());
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from prot_disclosure where subject_id = ?",
                person.id()));
        assertEquals(0, Callers.as(Role.DPM, () -> disclosures.toOrganisation(4711, 0, 10)).total());
    }

    @Test
    void erasingThePersonErasesTheirDisclosuresToo_D5() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Erased")).as(SubjectCategory.COMPLAINANT)
                .registeredIn(register);
        long purpose = Callers.as(Role.HR, purposes::purposes).get(0).id();
        disclosed(Role.HR, person.id(), "Ombudsman", purpose, LocalDate.now());
        transaction.begin();
        assertEquals(2, registerHolder.erase(person.id()).erased());
        transaction.commit();
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from prot_disclosure where subject_id = ?",
                person.id()));
    }
}

package org.custos.relationships.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.breaches.api.BreachImpact;
import org.custos.protection.breaches.api.BreachImpact.Row;
import org.custos.protection.breaches.api.BreachImpacts;
import org.custos.protection.breaches.api.ImpactChoices.Choice;
import org.custos.protection.breaches.api.ImpactQuery;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.relationships.api.ContactForm;
import org.custos.relationships.api.ContactSource;
import org.custos.relationships.api.OrganisationDetailsForm;
import org.custos.relationships.api.Organisations;
import org.custos.relationships.api.ProcessorForm;
import org.custos.relationships.api.ProcessorView;
import org.custos.relationships.api.Processors;
import org.custos.security.api.ConcurrentChange;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Names;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A breach's data map (X5) on Payara Micro with PostgreSQL, relationships deployed with protection: a processor's
 * people are the register's people in the categories it handles and a system's are the people its records hold,
 * both counted from the data; together a person is counted once; only the DPM works it out, and it is audited.
 */
@ExtendWith(ArquillianExtension.class)
class BreachImpactIT {

    private static final String RELATIONSHIPS = DataContext.RELATIONSHIPS.key();
    /** A seeded purpose using no special-category data. */
    private static final String SUPPLIERS = "Supplier management";

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("relationships", ProtectionDeployment.fixtures());
    }

    @Inject
    BreachImpacts impacts;

    @Inject
    Organisations organisations;

    @Inject
    Processors processors;

    @Inject
    Purposes purposes;

    @Inject
    PeopleRegister register;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private long organisation(OrganisationKind kind) throws Exception {
        return Callers.as(Role.HR, () -> organisations.create(new OrganisationDetailsForm(Names.unique("Mailhouse "),
                Set.of(kind), null, null, null, LocalDate.of(2025, 1, 6), null, RelationshipStatus.ACTIVE,
                null))).id();
    }

    /** A processor receiving the register's people of the categories, for the seeded purpose of that name. */
    private ProcessorView processor(String purpose, SubjectCategory... handled) throws Exception {
        long organisationId = organisation(OrganisationKind.SUPPLIER);
        long purposeId = Callers.as(Role.HR, () -> purposes.purposes()).stream()
                .filter(seeded -> seeded.definition().name().equals(purpose)).findFirst().orElseThrow().id();
        return Callers.as(Role.HR, () -> processors.register(organisationId, form(purposeId,
                handled.length == 0 ? Set.of() : EnumSet.copyOf(List.of(handled)))));
    }

    private static ProcessorForm form(long purposeId, Set<SubjectCategory> handled) {
        return new ProcessorForm("Reference checks", "Names; references, employment history", Set.of(purposeId),
                handled, handled.isEmpty() ? "People outside the register" : null, "United Kingdom",
                LocalDate.of(2027, 12, 3));
    }

    private BreachImpact impact(Set<Long> processorIds, Set<String> systems) throws Exception {
        return Callers.as(Role.DPM, () -> impacts.impact(new ImpactQuery(processorIds, systems)));
    }

    private void registered(SubjectCategory category, int people) throws Exception {
        for (int i = 0; i < people; i++) {
            aPerson().called("Rita").as(category).registeredIn(register);
        }
    }

    private void contact(long organisationId, long subjectId) throws Exception {
        Callers.as(Role.HR, () -> organisations.addContact(organisationId, new ContactForm(
                ChosenPerson.known(subjectId), OrganisationKind.SUPPLIER, "Account manager", null, null, null,
                null, ContactSource.ORGANISATION_OR_SOMEONE_ELSE, null)));
    }

    @Test
    void aProcessorsPeopleAreTheRegistersPeopleInTheCategoriesItHandles_X5() throws Exception {
        ProcessorView processor = processor(SUPPLIERS, SubjectCategory.REFEREE);
        Set<Long> chosen = Set.of(processor.organisationId());
        long before = impact(chosen, Set.of()).rows().get(0).people();

        registered(SubjectCategory.REFEREE, 3);
        registered(SubjectCategory.COMPLAINANT, 2);

        BreachImpact after = impact(chosen, Set.of());
        Row row = after.rows().get(0);
        assertEquals(before + 3, row.people(), "the three referees registered, not the complainants");
        assertEquals(Long.parseLong(Sql.column(database, "select count(distinct subject_id) from"
                + " core_subject_category where category = 'REFEREE'").get(0)), row.people());
        assertEquals(List.of("Referee"), row.peopleCategories());
        assertEquals(List.of("Names", "references", "employment history"), row.dataCategories());
        assertEquals(processor.organisationName(), after.proposal().systems());
        assertEquals(row.people(), after.proposal().approxPeople());
        assertEquals("Names; references; employment history", after.proposal().dataCategories());
    }

    @Test
    void aProcessorWhosePeopleAreNotRecordedCountsNoOneAndSaysWhy_X5() throws Exception {
        ProcessorView processor = processor(SUPPLIERS);

        Row row = impact(Set.of(processor.organisationId()), Set.of()).rows().get(0);

        assertEquals(0, row.people());
        assertTrue(row.note().contains("not recorded"), row.note());
    }

    @Test
    void aSystemsPeopleAreThePeopleItsRecordsHold_X5() throws Exception {
        long before = impact(Set.of(), Set.of(RELATIONSHIPS)).rows().get(0).people();
        long supplier = organisation(OrganisationKind.SUPPLIER);
        long other = organisation(OrganisationKind.SUPPLIER);
        long ann = aPerson().called("Ann").as(SubjectCategory.SUPPLIER_CONTACT).registeredIn(register).id();
        long bob = aPerson().called("Bob").as(SubjectCategory.SUPPLIER_CONTACT).registeredIn(register).id();
        contact(supplier, ann);
        contact(other, ann);
        contact(supplier, bob);
        aPerson().called("Cy").as(SubjectCategory.SUPPLIER_CONTACT).registeredIn(register);

        Row row = impact(Set.of(), Set.of(RELATIONSHIPS)).rows().get(0);

        assertEquals(before + 2, row.people(), "Ann once though a contact twice, Bob, not Cy who is no contact");
        assertEquals(Long.parseLong(Sql.column(database, "select count(distinct subject_id) from rel_contact")
                .get(0)), row.people());
        assertEquals(DataContext.RELATIONSHIPS.label(), row.name());
        assertTrue(row.peopleCategories().contains("Supplier contact"), row.peopleCategories().toString());
        assertTrue(row.dataCategories().contains("Work contact details (role, email, telephone)"));
    }

    @Test
    void peopleHeldInSeveralPlacesAreCountedOnceAndSensitiveDataIsFlagged_X5() throws Exception {
        ProcessorView processor = processor("Recruitment", SubjectCategory.SUPPLIER_CONTACT);
        Set<Long> chosen = Set.of(processor.organisationId());
        Set<String> systems = Set.of(RELATIONSHIPS, DataContext.SECURITY.key());
        int before = impact(chosen, systems).proposal().approxPeople();
        long supplier = organisation(OrganisationKind.SUPPLIER);
        long dee = aPerson().called("Dee").as(SubjectCategory.SUPPLIER_CONTACT).registeredIn(register).id();
        contact(supplier, dee);

        BreachImpact after = impact(chosen, systems);

        assertEquals(before + 1, after.proposal().approxPeople(), "Dee is at the processor and in the system");
        assertTrue(after.rows().stream().mapToLong(Row::people).sum() > after.proposal().approxPeople());
        assertTrue(after.proposal().sensitive(), "the special-category records are among the systems");
        assertTrue(after.proposal().dataCategories().contains("Special-category and criminal-records records"));
        assertEquals(List.of("Special-category or criminal-records data, for Recruitment"),
                after.rows().get(0).sensitiveData(), "its purpose has a condition for special-category data (L4)");
    }

    @Test
    void onlyTheDpmWorksOutADataMapAndEachIsAudited_X5_X2() throws Exception {
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR,
                () -> impacts.impact(new ImpactQuery(Set.of(), Set.of(RELATIONSHIPS)))));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> impacts.choices()));
        String dpm = Callers.principal(Role.DPM);
        int audited = Sql.column(database, "select position from sec_audit_entry where record_type ="
                + " 'Breach data map' and actor = ?", dpm).size();

        List<Choice> systems = Callers.as(Role.DPM, () -> impacts.choices()).systems();
        impact(Set.of(), Set.of(RELATIONSHIPS));

        assertTrue(systems.contains(new Choice(RELATIONSHIPS, DataContext.RELATIONSHIPS.label())));
        assertEquals(audited + 2, Sql.column(database, "select position from sec_audit_entry where record_type ="
                + " 'Breach data map' and actor = ?", dpm).size());
    }

    @Test
    void thePeopleAProcessorHandlesAreChangedOnlyOnTheVersionRead_X4() throws Exception {
        ProcessorView processor = processor(SUPPLIERS, SubjectCategory.REFEREE);
        long stale = processor.version() - 1;

        long purposeId = processor.purposeIds().iterator().next();

        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> processors.update(
                processor.organisationId(), stale, form(purposeId, Set.of(SubjectCategory.STAFF)))));
        assertEquals(Set.of(SubjectCategory.REFEREE), Callers.as(Role.HR,
                () -> processors.processor(processor.organisationId())).peopleHandled());
    }
}

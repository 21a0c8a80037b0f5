package org.custos.relationships.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.MarketingBasis;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.notices.api.NoticeGivenView;
import org.custos.protection.notices.api.NoticesGiven;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.relationships.api.ContactChangeForm;
import org.custos.relationships.api.ContactForm;
import org.custos.relationships.api.ContactSource;
import org.custos.relationships.api.ContactRole;
import org.custos.relationships.api.MarketingBasisForm;
import org.custos.relationships.api.MarketingContact;
import org.custos.relationships.api.OrganisationDetailsForm;
import org.custos.relationships.api.OrganisationQuery;
import org.custos.relationships.api.OrganisationSummary;
import org.custos.relationships.api.OrganisationView;
import org.custos.relationships.api.Organisations;
import org.custos.relationships.api.ServiceForm;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.Failures;
import org.custos.testsupport.IssuedNotice;
import org.custos.testsupport.Names;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The relationships context on Payara Micro with PostgreSQL, with only its declared dependencies (protection,
 * security): organisations recorded, listed and paged in SQL, changed under optimistic locking; contacts who are
 * people in the register; its holder's export, rectification and erasure through the SPI, keeping the services
 * provided without the contact; a restricted person not used; the administrator refused.
 */
@ExtendWith(ArquillianExtension.class)
class RelationshipsContextIT {

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("relationships", ProtectionDeployment.fixtures());
    }

    @Inject
    Organisations organisations;

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

    @Inject
    NoticesGiven noticesGiven;

    @Inject
    ComplianceCalendar calendar;

    private static OrganisationDetailsForm form(String name, RelationshipStatus status, OrganisationKind... kinds) {
        return new OrganisationDetailsForm(name, Set.of(kinds), "01234567", "1 Market St, Leeds LS1 1AA",
                "www.example.org", LocalDate.of(2021, 1, 4), status == RelationshipStatus.ENDED ? LocalDate.of(2024, 6, 30) : null,
                status, null);
    }

    private OrganisationView created(String name, RelationshipStatus status, OrganisationKind... kinds)
            throws Exception {
        return Callers.as(Role.HR, () -> organisations.create(form(name, status, kinds)));
    }

    private OrganisationView withContact(OrganisationView organisation, long subjectId) throws Exception {
        return Callers.as(Role.HR, () -> organisations.addContact(organisation.id(), new ContactForm(
                ChosenPerson.known(subjectId), OrganisationKind.SUPPLIER, "Account manager", "ada@acme.example",
                "0113 496 0000", LocalDate.of(2022, 2, 1), null, ContactSource.ORGANISATION_OR_SOMEONE_ELSE,
                null)));
    }

    private long person(String given) throws Exception {
        return aPerson().called(given).as(SubjectCategory.SUPPLIER_CONTACT).registeredIn(register).id();
    }

    @Test
    void organisationsAreListedByKindAndStatusPagedInSql_K1() throws Exception {
        String stem = Names.unique("Listed ");
        created(stem + " Alpha", RelationshipStatus.ACTIVE, OrganisationKind.SUPPLIER);
        created(stem + " Beta", RelationshipStatus.ACTIVE, OrganisationKind.CLIENT, OrganisationKind.SUPPLIER);
        created(stem + " Gamma", RelationshipStatus.ENDED, OrganisationKind.CUSTOMER);

        Page<OrganisationSummary> firstTwo = Callers.as(Role.DPM, () -> organisations.search(
                new OrganisationQuery(0, 2, null, null, stem)));
        Page<OrganisationSummary> last = Callers.as(Role.DPM, () -> organisations.search(
                new OrganisationQuery(2, 2, null, null, stem)));

        assertEquals(3, firstTwo.total());
        assertEquals(List.of(stem + " Alpha", stem + " Beta"), firstTwo.rows().stream().map(OrganisationSummary::name)
                .toList());
        assertEquals(List.of(stem + " Gamma"), last.rows().stream().map(OrganisationSummary::name).toList());
        assertEquals(List.of(stem + " Alpha", stem + " Beta"), Callers.as(Role.HR, () -> organisations.search(
                new OrganisationQuery(0, 10, OrganisationKind.SUPPLIER, null, stem))).rows().stream()
                .map(OrganisationSummary::name).toList(), "one kind, among several an organisation can be");
        assertEquals(List.of(stem + " Gamma"), Callers.as(Role.HR, () -> organisations.search(
                new OrganisationQuery(0, 10, null, RelationshipStatus.ENDED, stem))).rows().stream()
                .map(OrganisationSummary::name).toList());
        assertEquals("Client, Supplier", firstTwo.rows().get(1).kindLabels());
    }

    @Test
    void aChangeToAnOrganisationSomeoneElseChangedMeanwhileIsRefusedWithNothingSaved_K1() throws Exception {
        OrganisationView read = created(Names.unique("Locked "), RelationshipStatus.ACTIVE, OrganisationKind.CLIENT);
        OrganisationView changed = Callers.as(Role.HR, () -> organisations.update(read.id(), read.version(),
                form(read.name(), RelationshipStatus.ENDED, OrganisationKind.CLIENT)));
        assertEquals(RelationshipStatus.ENDED, changed.status());

        ConcurrentChange stale = assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR,
                () -> organisations.update(read.id(), read.version(), form("Renamed", RelationshipStatus.ACTIVE,
                        OrganisationKind.CLIENT))));

        assertEquals("This organisation was changed by someone else while you were editing it. Nothing was saved: "
                + "reload it to see their change, then make yours again.", stale.getMessage());
        assertEquals(read.name(), Callers.as(Role.HR, () -> organisations.organisation(read.id())).name());
        assertEquals("Enter the date the relationship ended: the contacts' data is kept for a period from it.",
                assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> organisations.update(read.id(),
                        changed.version(), new OrganisationDetailsForm(read.name(),
                                Set.of(OrganisationKind.CLIENT), null, null, null, null, null,
                                RelationshipStatus.ENDED, null)))).getMessage());
    }

    @Test
    void aContactIsSomeoneNewRegisteredWithTheContactWhoGainsTheCategoryOfEachKind_S1_S2() throws Exception {
        OrganisationView supplier = created(Names.unique("Supplies "), RelationshipStatus.ACTIVE,
                OrganisationKind.SUPPLIER, OrganisationKind.CUSTOMER);
        ContactForm someoneNew = new ContactForm(ChosenPerson.someoneNew(aPerson().called("Nia")
                .as(SubjectCategory.SUPPLIER_CONTACT).form(), false), OrganisationKind.SUPPLIER, "Sales lead",
                " nia@supplies.example ", "0113 496 0001", LocalDate.of(2023, 1, 9), null,
                ContactSource.ORGANISATION_OR_SOMEONE_ELSE, null);

        OrganisationView withNia = Callers.as(Role.HR, () -> organisations.addContact(supplier.id(), someoneNew));

        OrganisationView.ContactView nia = withNia.contacts().get(0);
        assertEquals(List.of("Sales lead", "nia@supplies.example", OrganisationKind.SUPPLIER),
                List.of(nia.role(), nia.workEmail(), nia.kind()));
        assertEquals("This person is already a supplier contact of this organisation.",
                assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> organisations.addContact(
                        supplier.id(), new ContactForm(ChosenPerson.known(nia.subjectId()), OrganisationKind.SUPPLIER,
                                null, null, null, null, null, ContactSource.ORGANISATION_OR_SOMEONE_ELSE, null))))
                        .getMessage());

        Callers.as(Role.DPM, () -> organisations.addContact(supplier.id(), new ContactForm(
                ChosenPerson.known(nia.subjectId()), OrganisationKind.CUSTOMER, "Buyer", null, null, null, null,
                ContactSource.THEMSELVES, NoticeMethod.IN_PERSON)));

        assertTrue(Callers.as(Role.HR, () -> register.details(nia.subjectId())).data().categories()
                .containsAll(Set.of(SubjectCategory.SUPPLIER_CONTACT, SubjectCategory.CLIENT_CONTACT)),
                "a customer contact too, she gains the register's category of client and customer contacts (S2)");
    }

    @Test
    void aContactWhoGaveTheirDetailsThemselvesIsGivenTheIssuedNoticeAtCollectionOrOwesItThatDay_N2()
            throws Exception {
        long suppliersVersion = issuedSuppliersNotice();
        OrganisationView organisation = created(Names.unique("Direct "), RelationshipStatus.ACTIVE,
                OrganisationKind.SUPPLIER, OrganisationKind.CUSTOMER);
        long ada = person("Ada");
        LocalDate today = calendar.today();

        Callers.as(Role.HR, () -> organisations.addContact(organisation.id(), new ContactForm(
                ChosenPerson.known(ada), OrganisationKind.SUPPLIER, null, null, null, null, null,
                ContactSource.THEMSELVES, NoticeMethod.EMAIL)));
        Callers.as(Role.HR, () -> organisations.addContact(organisation.id(), new ContactForm(
                ChosenPerson.known(ada), OrganisationKind.CUSTOMER, null, null, null, null, null,
                ContactSource.THEMSELVES, NoticeMethod.IN_PERSON)));

        List<NoticeGivenView> notices = Callers.as(Role.DPM, () -> noticesGiven.history(ada));
        NoticeGivenView given = notices.stream().filter(n -> n.audience() == NoticeAudience.SUPPLIERS).findFirst()
                .orElseThrow();
        assertTrue(given.fromPerson());
        assertEquals(List.of(today, today), List.of(given.dueOn(), given.givenOn()), "given at collection");
        assertEquals(suppliersVersion, given.noticeVersionId());
        assertEquals(NoticeMethod.EMAIL, given.method());
        assertEquals("relationships", given.context());
        NoticeGivenView owed = notices.stream().filter(n -> n.audience() == NoticeAudience.CLIENTS_AND_CUSTOMERS)
                .findFirst().orElseThrow();
        assertTrue(owed.fromPerson());
        assertTrue(owed.owed(), "no version of the clients' and customers' notice is issued");
        assertEquals(today, owed.dueOn(), "owed the day the details were collected");

        long bo = person("Bo");
        RequestRefused noWay = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> organisations.addContact(organisation.id(), new ContactForm(ChosenPerson.known(bo),
                        OrganisationKind.SUPPLIER, null, null, null, null, null, ContactSource.THEMSELVES, null))));
        assertEquals("Choose how the person was given the privacy notice when they gave you their details"
                + " themselves.", noWay.getMessage());
        Exception noSource = assertThrows(Exception.class, () -> Callers.as(Role.HR,
                () -> organisations.addContact(organisation.id(), new ContactForm(ChosenPerson.known(bo),
                        OrganisationKind.SUPPLIER, null, null, null, null, null, null, null))));
        assertTrue(Failures.causedBy(noSource, ConstraintViolationException.class), noSource.toString());
        assertEquals(List.of(), Callers.as(Role.DPM, () -> noticesGiven.history(bo)), "nothing recorded");
    }

    @Test
    void aContactWhoseDetailsCameFromTheirOrganisationOwesTheNoticeWithinAMonth_N2() throws Exception {
        issuedSuppliersNotice();
        OrganisationView organisation = created(Names.unique("Obtained "), RelationshipStatus.ACTIVE,
                OrganisationKind.SUPPLIER);
        long cy = person("Cy");
        LocalDate today = calendar.today();

        withContact(organisation, cy);

        NoticeGivenView owed = Callers.as(Role.DPM, () -> noticesGiven.history(cy)).get(0);
        assertFalse(owed.fromPerson());
        assertTrue(owed.owed(), "not given, though a version is issued");
        assertEquals(today, owed.obtainedOn());
        assertEquals(today.plusMonths(1), owed.dueOn());
        assertEquals(organisation.name(), owed.source());
        assertEquals(NoticeAudience.SUPPLIERS, owed.audience());
    }

    /** An issued version of the suppliers' notice (N1), put in by SQL once per database. */
    private long issuedSuppliersNotice() throws Exception {
        long id = 900_000_104L;
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        Sql.execute(database, "insert into prot_notice_version (id, version, notice_id, version_number, state, body,"
                + " created_at, created_by, updated_at, updated_by, approved_at, approved_by, issued_at, issued_by)"
                + " select ?, 0, 4, 9104, 'ISSUED', '<p>How we use the data of suppliers.</p>', ?, 'test', ?, 'test', ?,"
                + " 'test', ?, 'test' where not exists (select 1 from prot_notice_version where id = ?)", id, now, now,
                now, now, id);
        return id;
    }

    @Test
    void theHolderExportsRectifiesAndErasesContactsKeepingServicesWithoutThem_R4_D3_D5() throws Exception {
        long ada = person("Ada");
        OrganisationView supplier = withContact(created(Names.unique("Erased "), RelationshipStatus.ACTIVE,
                OrganisationKind.SUPPLIER), ada);
        OrganisationView served = Callers.as(Role.HR, () -> organisations.recordService(supplier.id(),
                new ServiceForm("Annual payroll audit", LocalDate.of(2024, 3, 15), ada)));
        assertEquals(served.contacts().get(0).name(), served.services().get(0).contactName());

        SubjectDataSection export = throughTheSpi(holder -> holder.export(ada));
        assertEquals(List.of("OrganisationContact", "ServiceRecord"), export.items().stream()
                .map(SubjectDataSection.DataItem::recordType).toList());
        assertTrue(export.items().get(0).fields().contains(new SubjectDataSection.Field("Work email",
                "ada@acme.example")));

        List<CorrectableField> fields = throughTheSpi(holder -> holder.correctable(ada));
        assertEquals(List.of("Role", "Work email", "Work phone"), fields.stream().map(CorrectableField::field)
                .toList());
        CorrectableField email = fields.get(1);
        RectificationOutcome corrected = throughTheSpi(holder -> holder.rectify(ada, List.of(
                new Correction(1, email.recordType(), email.recordId(), "Work email", "ada.lovelace@acme.example"),
                new Correction(2, email.recordType(), email.recordId(), "Work phone", "call me"))));
        assertEquals(1, corrected.corrected());
        assertEquals(Set.of(2L), corrected.refused().keySet(), "a phone number breaks the form's rules");
        assertEquals("ada.lovelace@acme.example", Callers.as(Role.HR, () -> organisations.organisation(
                supplier.id())).contacts().get(0).workEmail());

        ErasureOutcome erased = throughTheSpi(holder -> holder.erase(ada));

        assertEquals(List.of("1 record of services provided, kept as a record of the organisation's business, no"
                + " longer name you."), erased.keptWithReasons());
        assertEquals(List.of("0", "1", "0"), Sql.column(database, "select count(*) from rel_contact"
                + " where subject_id = ? union all select count(*) from rel_service where organisation_id = ?"
                + " and description = 'Annual payroll audit' union all select count(*) from rel_service"
                + " where contact_subject_id = ?", ada, supplier.id(), ada),
                "the contact and their work details are gone, the service provided is kept without naming them");
        cache.getCache().evictAll();
        OrganisationView after = Callers.as(Role.HR, () -> organisations.organisation(supplier.id()));
        assertEquals(List.of(), after.contacts());
        assertEquals(null, after.services().get(0).contactName());
        assertEquals(List.of(), throughTheSpi(holder -> holder.export(ada)).items());
    }

    @Test
    void contactsFallDueSixYearsAfterTheRelationshipEnds_R4() throws Exception {
        long bo = person("Bo");
        OrganisationView supplier = withContact(created(Names.unique("Ended "), RelationshipStatus.ACTIVE,
                OrganisationKind.SUPPLIER), bo);
        long contactId = supplier.contacts().get(0).contactId();
        assertTrue(throughTheSpi(holder -> holder.dueForReview(LocalDate.now())).stream()
                .noneMatch(item -> item.subjectId() == bo), "nothing is due while the relationship continues");

        LocalDate ended = LocalDate.now().minusYears(7);
        Sql.execute(database, "update rel_organisation set status = 'ENDED', relationship_end = ? where id = ?", ended,
                supplier.id());
        cache.getCache().evictAll();

        assertTrue(throughTheSpi(holder -> holder.dueForReview(LocalDate.now())).contains(new RetentionItem(
                "relationships", "OrganisationContact", Long.toString(contactId), bo, ended.plusYears(6),
                "retention.relationship-contacts", "Relationship end: " + OrganisationTime.DAY.format(ended) + ".")));
        assertTrue(throughTheSpi(PersonalDataHolder::retentionRules).stream()
                .anyMatch(rule -> rule.rule().equals("R4") && rule.key().equals("retention.relationship-contacts")));
    }

    @Test
    void aRestrictedPersonIsNeitherMadeAContactNorNamedOnAService_D6() throws Exception {
        long cy = person("Cy");
        long di = person("Di");
        OrganisationView supplier = withContact(created(Names.unique("Restricted "), RelationshipStatus.ACTIVE,
                OrganisationKind.SUPPLIER), cy);
        Sql.execute(database, "update core_data_subject set restricted = true where id in (?, ?)", cy, di);
        cache.getCache().evictAll();

        assertTrue(assertThrows(AccessRefused.class, () -> withContact(supplier, di)).restriction());
        assertTrue(assertThrows(AccessRefused.class, () -> Callers.as(Role.HR, () -> organisations.recordService(
                supplier.id(), new ServiceForm("Training day", LocalDate.of(2024, 5, 2), cy)))).restriction());
        assertEquals(List.of("1", "0"), Sql.column(database, "select count(*) from rel_contact"
                + " where organisation_id = ? union all select count(*) from rel_service where organisation_id = ?", supplier.id(),
                supplier.id()), "nothing was recorded for the restricted people");
    }

    @Test
    void aContactIsChangedThenEndedAndAChangeFromAStalePageIsRefused_K1() throws Exception {
        long eve = person("Eve");
        OrganisationView supplier = withContact(created(Names.unique("Changed "), RelationshipStatus.ACTIVE,
                OrganisationKind.SUPPLIER), eve);
        OrganisationView.ContactView read = supplier.contacts().get(0);

        OrganisationView changed = Callers.as(Role.HR, () -> organisations.changeContact(supplier.id(),
                read.contactId(), read.version(), new ContactChangeForm("Finance director", " eve@acme.example ",
                        "0113 496 0002", read.startsOn(), null)));
        OrganisationView.ContactView eveNow = changed.contacts().get(0);
        assertEquals(List.of("Finance director", "eve@acme.example", "0113 496 0002"), List.of(eveNow.role(),
                eveNow.workEmail(), eveNow.workPhone()));

        ConcurrentChange stale = assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR,
                () -> organisations.changeContact(supplier.id(), read.contactId(), read.version(),
                        new ContactChangeForm("Overwritten", null, null, null, null))));
        assertEquals("This contact was changed by someone else while you were editing it. Nothing was saved: "
                + "reload it to see their change, then make yours again.", stale.getMessage());
        assertEquals("A contact cannot end at the organisation before they start there.", assertThrows(
                RequestRefused.class, () -> Callers.as(Role.DPM, () -> organisations.changeContact(supplier.id(),
                        read.contactId(), eveNow.version(), new ContactChangeForm("Finance director", null, null,
                                read.startsOn(), read.startsOn().minusDays(1))))).getMessage());

        LocalDate left = LocalDate.of(2025, 9, 30);
        OrganisationView ended = Callers.as(Role.DPM, () -> organisations.changeContact(supplier.id(),
                read.contactId(), eveNow.version(), new ContactChangeForm(eveNow.role(), eveNow.workEmail(),
                        eveNow.workPhone(), eveNow.startsOn(), left)));

        assertEquals(left, ended.contacts().get(0).endsOn());
        assertEquals(List.of("Finance director until 2025-09-30"), Sql.column(database, "select role || ' until ' ||"
                + " ends_on from rel_contact where id = ?", read.contactId()));
        assertEquals(List.of(new ContactRole(supplier.id(), supplier.name(), OrganisationKind.SUPPLIER,
                "Finance director", read.startsOn(), left)), Callers.as(Role.HR,
                () -> organisations.contactRolesOf(eve)), "her register page lists the role and its end");
    }

    @Test
    void theMarketingListLeavesOutWhoeverAskedNotToBeContactedHasNoBasisOrWithdrewIt_S3_L2() throws Exception {
        long fay = person("Fay");
        long gil = person("Gil");
        long hal = person("Hal");
        long ivy = person("Ivy");
        long jo = aPerson().called("Jo").as(SubjectCategory.CLIENT_CONTACT).notToBeContacted("Asked by phone")
                .registeredIn(register).id();
        OrganisationView customer = created(Names.unique("Marketed "), RelationshipStatus.ACTIVE,
                OrganisationKind.CUSTOMER);
        for (long person : List.of(fay, gil, hal, ivy, jo)) {
            Callers.as(Role.HR, () -> organisations.addContact(customer.id(), new ContactForm(
                    ChosenPerson.known(person), OrganisationKind.CUSTOMER, "Buyer", null, null, null, null,
                    ContactSource.ORGANISATION_OR_SOMEONE_ELSE, null)));
        }
        MarketingBasisForm consent = new MarketingBasisForm(MarketingBasis.CONSENT,
                IssuedNotice.versionId(database), "Newsletter notice v3", ConsentMethod.FORM, LocalDate.of(2026, 1, 12),
                true, null, false, null);
        MarketingBasisForm softOptIn = new MarketingBasisForm(MarketingBasis.SOFT_OPT_IN, null, null, null, null,
                null, "Payroll software upgrades", true, null);
        withBasis(customer.id(), fay, new MarketingBasisForm(MarketingBasis.CONSENT, IssuedNotice.versionId(database),
                "Newsletter notice v3", ConsentMethod.FORM, LocalDate.of(2026, 1, 12), true, null, false,
                new DocumentUpload("newsletter sign-up.pdf", Documents.pdf("Yes to the newsletter"))));
        withBasis(customer.id(), gil, softOptIn);
        withBasis(customer.id(), ivy, consent);
        withBasis(customer.id(), jo, consent);
        OrganisationView.ContactView ivyRead = contactOf(customer.id(), ivy);
        OrganisationView withdrawn = Callers.as(Role.HR, () -> organisations.withdrawMarketing(customer.id(),
                ivyRead.contactId(), ivyRead.version(), ConsentMethod.EMAIL));

        List<MarketingContact> list = Callers.as(Role.HR, () -> organisations.marketingList(
                OrganisationKind.CUSTOMER)).stream().filter(row -> row.organisation().equals(customer.name()))
                .toList();

        assertEquals(List.of(fay, gil), list.stream().map(MarketingContact::subjectId).toList(),
                "not Hal (no basis), Ivy (consent withdrawn) nor Jo (asked not to be contacted)");
        assertEquals(List.of(MarketingBasis.CONSENT, MarketingBasis.SOFT_OPT_IN), list.stream()
                .map(MarketingContact::basis).toList());
        assertEquals(List.of("newsletter sign-up.pdf"), Sql.column(database, "select d.file_name from"
                + " prot_consent_document d join prot_consent c on c.id = d.consent_id where c.subject_id = ?", fay),
                "the evidence document is kept with her consent on the ledger (L2)");
        OrganisationView.MarketingView ivyNow = withdrawn.contacts().stream().filter(c -> c.subjectId() == ivy)
                .findFirst().orElseThrow().marketing();
        assertEquals(List.of("Newsletter notice v3", false), List.of(ivyNow.wording(), ivyNow.inForce()),
                "what she agreed to stays on record after she withdrew");
        assertEquals("There is no consent or soft opt-in in force to withdraw.", assertThrows(RequestRefused.class,
                () -> Callers.as(Role.HR, () -> organisations.withdrawMarketing(customer.id(),
                        ivyRead.contactId(), contactOf(customer.id(), ivy).version(), ConsentMethod.EMAIL))).getMessage());
        assertEquals(List.of(), Callers.as(Role.HR, () -> organisations.marketingList(OrganisationKind.SUPPLIER))
                .stream().filter(row -> row.organisation().equals(customer.name())).toList(), "a list is of one kind");
        assertEquals("The soft opt-in is only for contacts of a client or customer we currently deal with: ask this"
                + " contact for their consent instead.", assertThrows(RequestRefused.class, () -> withBasis(
                withContact(created(Names.unique("Supplier "), RelationshipStatus.ACTIVE, OrganisationKind.SUPPLIER),
                        hal).id(), hal, softOptIn)).getMessage());
    }

    @Test
    void aRestrictedContactIsNeitherChangedNorGivenABasisButMayWithdrawOne_D6_L2() throws Exception {
        long kit = person("Kit");
        OrganisationView supplier = withContact(created(Names.unique("Held "), RelationshipStatus.ACTIVE,
                OrganisationKind.SUPPLIER), kit);
        MarketingBasisForm consent = new MarketingBasisForm(MarketingBasis.CONSENT,
                IssuedNotice.versionId(database), "Supplier news v1", ConsentMethod.PHONE, LocalDate.of(2026, 2, 2),
                true, null, false, null);
        withBasis(supplier.id(), kit, consent);
        Sql.execute(database, "update core_data_subject set restricted = true where id = ?", kit);
        cache.getCache().evictAll();
        OrganisationView.ContactView read = contactOf(supplier.id(), kit);

        assertTrue(assertThrows(AccessRefused.class, () -> Callers.as(Role.HR, () -> organisations.changeContact(
                supplier.id(), read.contactId(), read.version(), new ContactChangeForm("Changed", null, null, null,
                        null)))).restriction());
        assertTrue(assertThrows(AccessRefused.class, () -> withBasis(supplier.id(), kit, consent)).restriction());
        OrganisationView withdrawn = Callers.as(Role.HR, () -> organisations.withdrawMarketing(supplier.id(),
                read.contactId(), read.version(), ConsentMethod.PHONE));

        assertEquals(false, withdrawn.contacts().get(0).marketing().inForce(), "withdrawing only stops a use");
        assertEquals("Account manager", withdrawn.contacts().get(0).role());
    }

    private OrganisationView.ContactView contactOf(long organisationId, long subjectId) throws Exception {
        return Callers.as(Role.HR, () -> organisations.organisation(organisationId)).contacts().stream()
                .filter(contact -> contact.subjectId() == subjectId).findFirst().orElseThrow();
    }

    private OrganisationView withBasis(long organisationId, long subjectId, MarketingBasisForm form) throws Exception {
        OrganisationView.ContactView contact = contactOf(organisationId, subjectId);
        return Callers.as(Role.HR, () -> organisations.recordMarketingBasis(organisationId, contact.contactId(),
                contact.version(), form));
    }

    @Test
    void theAdministratorIsRefusedOrganisations_X6() throws Exception {
        OrganisationView organisation = created(Names.unique("Refused "), RelationshipStatus.ACTIVE,
                OrganisationKind.CLIENT);

        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> organisations.organisation(
                organisation.id())));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HIRING_MANAGER, () -> organisations.search(
                new OrganisationQuery(0, 10, null, null, null))));
    }

    /** As the rights and retention engines will: the relationships holder found among all, in their transaction. */
    private <T> T throughTheSpi(Function<PersonalDataHolder, T> work) throws Exception {
        PersonalDataHolder relationships = holders.stream()
                .filter(holder -> holder.context() == DataContext.RELATIONSHIPS).findFirst().orElseThrow();
        transaction.begin();
        try {
            return work.apply(relationships);
        } finally {
            transaction.commit();
        }
    }
}

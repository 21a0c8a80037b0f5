package org.custos.relationships.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.protection.testsupport.Requests.anAccessRequestFrom;
import static org.custos.protection.testsupport.Requests.onceCompiled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.ReviewDecision;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.shared.TransferException;
import org.custos.domain.shared.TransferMechanism;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.rights.api.PackFile;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.ResponseCompilation;
import org.custos.protection.rights.api.ReviewForm;
import org.custos.protection.rights.api.ReviewItemView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.spi.TransferRegister;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SeededPurposes;
import org.custos.relationships.api.AdequacyForm;
import org.custos.relationships.api.OrganisationDetailsForm;
import org.custos.relationships.api.Organisations;
import org.custos.relationships.api.ProcessorForm;
import org.custos.relationships.api.ProcessorView;
import org.custos.relationships.api.Processors;
import org.custos.relationships.api.SubProcessorForm;
import org.custos.relationships.api.TransferForm;
import org.custos.relationships.api.TransferView;
import org.custos.relationships.api.Transfers;
import org.custos.relationships.api.UnsafeguardedTransfer;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Names;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * International transfers on Payara Micro with PostgreSQL: every country outside the UK where a processor or its
 * sub-processor holds our data, or recorded for an organisation, is flagged until a valid mechanism is recorded for
 * it, in a list paged in SQL; the facade refuses a mechanism that does not hold; only the DPM keeps the adequacy
 * list; and protection's port answers the access response's transfers and safeguards per purpose.
 */
@ExtendWith(ArquillianExtension.class)
class TransfersIT {

    private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 20);

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("relationships", ProtectionDeployment.fixtures());
    }

    @Inject
    Organisations organisations;

    @Inject
    Processors processors;

    @Inject
    Transfers transfers;

    @Inject
    Purposes purposes;

    @Inject
    TransferRegister register;

    @Inject
    PeopleRegister people;

    @Inject
    RightsRequests requests;

    @Inject
    ResponseCompilation compilation;

    private long organisation(String name) throws Exception {
        return Callers.as(Role.HR, () -> organisations.create(new OrganisationDetailsForm(Names.unique(name),
                Set.of(OrganisationKind.SUPPLIER), null, null, null, LocalDate.of(2025, 1, 6), null,
                RelationshipStatus.ACTIVE, null))).id();
    }

    private ProcessorView processor(long purposeId, String countries) throws Exception {
        long organisationId = organisation("Cloud Payroll ");
        return Callers.as(Role.HR, () -> processors.register(organisationId, new ProcessorForm("Payroll",
                "Pay, bank details", Set.of(purposeId), Set.of(SubjectCategory.STAFF), null, countries,
                LocalDate.of(2027, 12, 3))));
    }

    /** The countries flagged for the organisation, read from the whole flag list. */
    private List<String> flagged(long organisationId) throws Exception {
        return Callers.as(Role.DPM, () -> transfers.unsafeguarded(0, 200)).rows().stream()
                .filter(row -> row.organisationId() == organisationId).map(UnsafeguardedTransfer::countryName)
                .toList();
    }

    private static TransferForm idta(String country, String document) {
        return new TransferForm(country, TransferMechanism.IDTA, null, null, ASSESSED,
                "The transfer may proceed: data encrypted at rest, keys held in the UK", document);
    }

    @Test
    void aProcessorsCountriesOutsideTheUkAreFlaggedUntilAValidMechanismIsRecorded() throws Exception {
        long purposeId = Callers.as(Role.HR, () -> purposes.purposes()).get(0).id();
        ProcessorView processor = processor(purposeId, "United Kingdom, India");
        long organisationId = processor.organisationId();
        long hostId = organisation("Data Centre ");
        Callers.as(Role.HR, () -> processors.addSubProcessor(organisationId, processor.version(),
                new SubProcessorForm(hostId, "USA")));

        assertEquals(List.of("India", "United States"), flagged(organisationId));
        List<TransferView> listed = Callers.as(Role.HR, () -> transfers.transfers(organisationId));
        String host = Callers.as(Role.HR, () -> organisations.organisation(hostId)).name();
        assertEquals(List.of("India: The processor", "United States: Sub-processor " + host), listed.stream()
                        .map(row -> row.countryName() + ": " + row.via()).toList());
        assertFalse(listed.get(0).safeguarded());

        RequestRefused unassessed = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> transfers.record(organisationId, idta("IN", " "))));
        assertEquals("The International Data Transfer Agreement (IDTA) needs a transfer risk assessment: enter its"
                + " date, outcome and document.", unassessed.getMessage());
        RequestRefused notAdequate = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> transfers.record(organisationId, new TransferForm("IN", TransferMechanism.ADEQUACY, null,
                        null, null, null, null))));
        assertEquals("India is not on the UK adequacy list: choose another mechanism.", notAdequate.getMessage());
        assertEquals(List.of("India", "United States"), flagged(organisationId));

        TransferView india = Callers.as(Role.HR, () -> transfers.record(organisationId, idta("IN", "TRA-2026-11.pdf")))
                .get(0);
        assertTrue(india.safeguarded());
        assertEquals(ASSESSED, india.assessedOn());
        // The United States is on the seeded adequacy list, for certified organisations only.
        TransferView us = Callers.as(Role.HR, () -> transfers.record(organisationId, new TransferForm("US",
                TransferMechanism.ADEQUACY, null, null, null, null, null))).get(1);
        assertTrue(us.safeguarded());
        assertTrue(us.adequacyConditions().contains("certified"), us.adequacyConditions());
        assertEquals(List.of(), flagged(organisationId));

        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> transfers.change(organisationId,
                india.id(), india.version() + 1, idta("IN", "TRA-2026-12.pdf"))));
        Callers.as(Role.HR, () -> transfers.remove(organisationId, india.id(), india.version()));
        assertEquals(List.of("India"), flagged(organisationId));
    }

    @Test
    void aRecipientAbroadIsFlaggedUntilAnArticle49ExceptionIsRecordedWithWhy() throws Exception {
        long recipientId = organisation("Law Firm ");
        RequestRefused uk = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> transfers.record(
                recipientId, new TransferForm("GB", TransferMechanism.IDTA, null, null, null, null, null))));
        assertEquals("Data kept in the United Kingdom needs no transfer mechanism.", uk.getMessage());

        TransferView destination = Callers.as(Role.HR, () -> transfers.record(recipientId, new TransferForm("AE",
                null, null, null, null, null, null))).get(0);
        assertEquals("This organisation", destination.via());
        assertEquals(List.of("United Arab Emirates"), flagged(recipientId));

        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> transfers.change(recipientId,
                destination.id(), destination.version(), new TransferForm("AE", TransferMechanism.ARTICLE_49,
                        TransferException.LEGAL_CLAIMS, null, null, null, null))));
        Callers.as(Role.HR, () -> transfers.change(recipientId, destination.id(), destination.version(),
                new TransferForm("AE", TransferMechanism.ARTICLE_49, TransferException.LEGAL_CLAIMS,
                        "Defending a claim brought in Dubai", null, null, null)));
        assertEquals(List.of(), flagged(recipientId));
    }

    @Test
    void onlyTheDpmKeepsTheAdequacyListAndATransferOnAdequacyAloneIsFlaggedOnceItsCountryLeavesIt()
            throws Exception {
        long purposeId = Callers.as(Role.HR, () -> purposes.purposes()).get(0).id();
        long organisationId = processor(purposeId, "Brazil").organisationId();
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR,
                () -> transfers.addAdequate(new AdequacyForm("BR", null))));
        RequestRefused listed = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> transfers.addAdequate(new AdequacyForm("JP", null))));
        assertEquals("Japan is already on the adequacy list.", listed.getMessage());

        Callers.as(Role.DPM, () -> transfers.addAdequate(new AdequacyForm("BR", "Awaiting the regulations")));
        try {
            Callers.as(Role.HR, () -> transfers.record(organisationId, new TransferForm("BR",
                    TransferMechanism.ADEQUACY, null, null, null, null, null)));
            assertEquals(List.of(), flagged(organisationId));
        } finally {
            long version = Callers.as(Role.DPM, () -> transfers.adequacyList()).stream()
                    .filter(country -> country.country().equals("BR")).findFirst().orElseThrow().version();
            assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR,
                    () -> transfers.removeAdequate("BR", version)));
            Callers.as(Role.DPM, () -> transfers.removeAdequate("BR", version));
        }
        assertEquals(List.of("Brazil"), flagged(organisationId));
    }

    @Test
    void theFlagListIsPagedInSqlWithItsTotal() throws Exception {
        long purposeId = Callers.as(Role.HR, () -> purposes.purposes()).get(0).id();
        processor(purposeId, "India, China, Brazil");
        Page<UnsafeguardedTransfer> all = Callers.as(Role.DPM, () -> transfers.unsafeguarded(0, 200));
        Page<UnsafeguardedTransfer> second = Callers.as(Role.DPM, () -> transfers.unsafeguarded(1, 1));
        assertTrue(all.total() >= 3);
        assertEquals(all.total(), second.total());
        assertEquals(List.of(all.rows().get(1)), second.rows());
    }

    @Test
    void aProcessorsCountriesAreCountriesByName() throws Exception {
        long purposeId = Callers.as(Role.HR, () -> purposes.purposes()).get(0).id();
        RequestRefused unknown = assertThrows(RequestRefused.class, () -> processor(purposeId, "India, Narnia"));
        assertEquals("We do not know the country \"Narnia\": enter the countries by their names, separated by"
                + " commas.", unknown.getMessage());
    }

    @Test
    void theAccessResponsesTransfersAndSafeguardsComeFromTheProcessorsServingEachPurpose_D3() throws Exception {
        long purposeId = Callers.as(Role.HR, () -> purposes.purposes()).get(1).id();
        ProcessorView processor = processor(purposeId, "India, United Kingdom");
        String name = processor.organisationName();
        assertTrue(register.transfersByPurpose().get(purposeId)
                .contains("India, through " + name + ": no safeguard recorded yet"));

        Callers.as(Role.DPM, () -> transfers.record(processor.organisationId(), idta("IN", "TRA-7.pdf")));

        List<String> lines = register.transfersByPurpose().get(purposeId);
        assertTrue(lines.contains("India, through " + name + ": International Data Transfer Agreement (IDTA)"),
                lines::toString);
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("United Kingdom")), lines::toString);
        assertEquals(lines, Callers.as(Role.HR, () -> transfers.byPurpose()).get(purposeId));
    }

    @Test
    void theAccessResponseStatesTheTransfersOfTheProcessorsServingThePersonsPurposes_D3() throws Exception {
        ProcessorView processor = processor(SeededPurposes.SUPPLIER_MANAGEMENT, "India");
        Callers.as(Role.DPM, () -> transfers.record(processor.organisationId(), idta("IN", "TRA-9.pdf")));
        SubjectDetails contact = aPerson().named("Tara", Names.unique("Contact")).withAnEmail()
                .as(SubjectCategory.SUPPLIER_CONTACT).registeredIn(people);

        RequestView request = anAccessRequestFrom(contact.id()).verifiedIn(requests);
        Callers.as(Role.DPM, () -> compilation.compile(request.id(), request.version()));
        onceCompiled(request.id(), requests);
        for (ReviewItemView item : Callers.as(Role.DPM, () -> compilation.items(request.id()))) {
            Callers.as(Role.DPM, () -> compilation.decide(request.id(), item.id(), item.version(),
                    new ReviewForm(ReviewDecision.DISCLOSE, null, null)));
        }
        Callers.as(Role.DPM, () -> compilation.producePack(request.id(),
                Callers.as(Role.DPM, () -> requests.request(request.id())).version()));

        JsonObject pack = Json.createReader(new StringReader(new String(Callers.as(Role.DPM,
                () -> requests.packFile(request.id(), PackFile.Format.JSON)).content(), StandardCharsets.UTF_8)))
                .readObject();
        String stated = pack.getJsonObject("information").getString("transfers");
        assertTrue(stated.contains("Supplier management: India, through " + processor.organisationName()
                + ": International Data Transfer Agreement (IDTA)"), stated);
    }
}

package org.custos.protection.rights.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.protection.testsupport.Requests.aRequestFrom;
import static org.custos.protection.testsupport.Requests.anAccessRequestFrom;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.ClockStop;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.RefusalGround;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.Role;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.rights.api.RequestQuery;
import org.custos.protection.rights.api.RequestStatus;
import org.custos.protection.rights.api.RequestSummary;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SqlStatements;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.InvalidArguments;
import org.custos.testsupport.Callers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The request list on Payara Micro with PostgreSQL: open and closed requests found by status, type, person and the
 * days received, newest first, paged in SQL in a few statements whatever the page's length; listed and exported
 * by HR and the DPM only, each list audited with the people it showed (X1, X2).
 */
@ExtendWith(ArquillianExtension.class)
class RequestListIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    RightsRequests requests;

    @Inject
    PeopleRegister register;

    @Inject
    AuditTrail audit;

    @PersistenceUnit(unitName = "custos")
    EntityManagerFactory persistence;

    @Test
    void closedRequestsAreFoundByStatusTypePersonAndReceivedDays_D2_D4() throws Exception {
        String family = unique("Lister");
        SubjectDetails person = aPerson().named("Lin", family).registeredIn(register);
        LocalDate today = LocalDate.now();
        RequestView answered = anAccessRequestFrom(person.id()).receivedOn(today.minusDays(20)).verifiedIn(requests);
        Callers.as(Role.DPM, () -> requests.responded(answered.id(), answered.version(), today.minusDays(2)));
        RequestView refused = aRequestFrom(person.id(), RequestType.ERASURE).receivedOn(today.minusDays(10))
                .loggedIn(requests);
        Callers.as(Role.DPM, () -> requests.refuse(refused.id(), refused.version(), RefusalGround.MANIFESTLY_UNFOUNDED,
                "The same request was answered last week."));
        RequestView open = anAccessRequestFrom(person.id()).receivedOn(today.minusDays(3)).loggedIn(requests);

        assertEquals(List.of(open.id(), refused.id(), answered.id()), ids(query(null, null, family, null, null)),
                "open and closed, newest received first");
        List<RequestSummary> closed = found(query(RequestStatus.ANSWERED, null, "lin " + family.toLowerCase(),
                null, null));
        assertEquals(List.of(answered.id()), closed.stream().map(RequestSummary::id).toList());
        assertEquals(today.minusDays(2), closed.get(0).closedOn());
        assertEquals("Lin " + family, closed.get(0).subjectName());
        assertEquals(List.of(refused.id()), ids(query(RequestStatus.REFUSED, null, family, null, null)));
        assertEquals(List.of(open.id()), ids(query(RequestStatus.OPEN, null, family, null, null)));
        assertEquals(List.of(refused.id()), ids(query(null, RequestType.ERASURE, family, null, null)));
        assertEquals(List.of(refused.id(), answered.id()), ids(query(null, null, family, today.minusDays(20),
                today.minusDays(10))), "both days included");
        assertEquals(List.of(), ids(query(null, null, family, today.minusDays(9), today.minusDays(4))));
        List<Long> stillOpen = Callers.as(Role.DPM, () -> requests.open()).stream().map(RequestSummary::id).toList();
        assertTrue(stillOpen.contains(open.id()) && !stillOpen.contains(answered.id())
                && !stillOpen.contains(refused.id()), "the DPM's open requests: " + stillOpen);
    }

    @Test
    void aPageIsReadInTheSameFewStatementsWhateverItsLengthAndCountsTheRest_D2() throws Exception {
        String family = unique("Pager");
        SubjectDetails person = aPerson().named("Pat", family).registeredIn(register);
        for (int day = 1; day <= 5; day++) {
            RequestView request = anAccessRequestFrom(person.id()).receivedOn(LocalDate.now().minusDays(day))
                    .loggedIn(requests);
            if (day % 2 == 0) {
                Callers.as(Role.DPM, () -> requests.stopClock(request.id(), request.version(),
                        ClockStop.CLARIFICATION, request.receivedOn()));
            }
        }
        Page<RequestSummary> first = Callers.as(Role.HR, () -> requests.search(new RequestQuery(null, null, family,
                null, null, 0, 2)));
        assertEquals(2, first.rows().size());
        assertEquals(5, first.total());
        Page<RequestSummary> last = Callers.as(Role.HR, () -> requests.search(new RequestQuery(null, null, family,
                null, null, 4, 2)));
        assertEquals(1, last.rows().size());
        assertEquals(5, last.total());
        assertEquals(LocalDate.now().minusDays(2), first.rows().get(1).stoppedSince(), "the clock read with the page");

        List<String> twoRows = reading(family, 2);
        List<String> fiveRows = reading(family, 5);
        assertEquals(twoRows.size(), fiveRows.size(), () -> "A page of five took " + fiveRows);
        List<String> requestsAndPeople = fiveRows.stream()
                .filter(sql -> sql.contains(" prot_r") || sql.contains(" core_")).toList();
        assertTrue(requestsAndPeople.size() <= 4, () -> "The page, its stops, its names and the count: "
                + requestsAndPeople);
    }

    @Test
    void onlyHrAndTheDpmListOrExportRequestsAndNamesAreRefusedWhenTooLong_X1() throws Exception {
        RequestQuery any = new RequestQuery(null, null, null, null, null, 0, 10);
        for (Role role : List.of(Role.HIRING_MANAGER, Role.ADMIN)) {
            assertThrows(EJBAccessException.class, () -> Callers.as(role, () -> requests.search(any)), role.name());
            assertThrows(EJBAccessException.class, () -> Callers.as(role, () -> requests.export(any)), role.name());
        }
        InvalidArguments invalid = assertThrows(InvalidArguments.class, () -> Callers.as(Role.DPM,
                () -> requests.search(new RequestQuery(null, null, "x".repeat(201), null, null, 0, 10))));
        assertTrue(invalid.getMessage().contains("The name to find must have at most 200 characters."),
                invalid.getMessage());
    }

    @Test
    void theListIsAuditedAsASearchAndTheFileAsAnExportShowingThePerson_X2() throws Exception {
        String family = unique("Audited");
        SubjectDetails person = aPerson().named("Ava", family).registeredIn(register);
        anAccessRequestFrom(person.id()).loggedIn(requests);
        RequestQuery query = new RequestQuery(null, null, family, null, null, 0, 10);
        Callers.as(Role.HR, () -> requests.search(query));
        Callers.as(Role.DPM, () -> requests.export(query));

        List<AuditEntryView> seen = Callers.as(Role.DPM, () -> audit.historyOf(person.id())).stream()
                .filter(entry -> "RightsRequest".equals(entry.recordType()) && entry.shows(person.id())).toList();
        assertEquals(List.of(AuditAction.SEARCH + " " + Callers.principal(Role.HR),
                AuditAction.EXPORT + " " + Callers.principal(Role.DPM)),
                seen.stream().map(entry -> entry.action() + " " + entry.actor()).toList());
    }

    private static RequestQuery query(RequestStatus status, RequestType type, String person, LocalDate from,
            LocalDate to) {
        return new RequestQuery(status, type, person, from, to, 0, 50);
    }

    private List<RequestSummary> found(RequestQuery query) throws Exception {
        return Callers.as(Role.DPM, () -> requests.search(query)).rows();
    }

    private List<Long> ids(RequestQuery query) throws Exception {
        return found(query).stream().map(RequestSummary::id).toList();
    }

    /** The statements a page of the list sent to read (the calendar's settings among them), its audit entry aside. */
    private List<String> reading(String family, int pageSize) throws Exception {
        return SqlStatements.issuedBy(persistence, () -> Callers.as(Role.HR, () -> requests.search(
                new RequestQuery(null, null, family, null, null, 0, pageSize)))).stream()
                .filter(sql -> sql.startsWith("select") && !sql.contains(" sec_")).toList();
    }
}

package org.custos.system.server;

import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.complaints.api.ComplaintView;
import org.custos.complaints.api.Complaints;
import org.custos.domain.shared.ClientScope;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.Role;
import org.custos.protection.consent.api.ConsentView;
import org.custos.protection.consent.api.Consents;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.security.api.IntakeTokenForm;
import org.custos.security.api.IntakeTokens;
import org.custos.testsupport.Callers;
import org.custos.testsupport.IssuedNotice;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intake API as the website calls it, over HTTP on the deployed EAR: a token the administrator made through
 * the facade, a rights request and a complaint sent in and found in the register as the DPM sees them, a consent
 * given and withdrawn on the ledger, the open deadlines as an iCalendar feed without names, bad input
 * and refusals answered as problem documents (never HTML), no token 401, over the rate 429 with Retry-After, every
 * call audited as the client, and the operations in Payara's OpenAPI document.
 */
// a bean, so that ServerSystemIT gets one with its fields filled
@Dependent
@ExtendWith(ArquillianExtension.class)
class IntakeApiSystemIT {

    static final List<Class<?>> PROBE = List.of(IntakeApiSystemIT.class);

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String PROBLEM = "application/problem+json";

    /** The seeded purpose of marketing, which takes consent. */
    private static final long MARKETING = 7;

    @Deployment
    static EnterpriseArchive deployment() {
        return EarDeployment.withProbe(PROBE.toArray(Class<?>[]::new));
    }

    @EJB
    IntakeTokens tokens;

    @EJB
    RightsRequests requests;

    @EJB
    Complaints complaints;

    @EJB
    Consents consents;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PATIENCE).build();

    @Test
    void aRightsRequestAndAComplaintFromTheWebsiteAreInTheRegisterAndAuditedAsTheClient_D1_P1_X2()
            throws Exception {
        String client = unique("Website form ");
        String token = token(client, ClientScope.INTAKE);
        String family = unique("Lovelace");

        HttpResponse<String> sent = post("/rights-requests", token, """
                {"person": {"givenNames": "Ada", "familyName": "%s", "email": "ada@example.org"},
                 "category": "CLIENT_CONTACT", "type": "ACCESS", "asked": "A copy of my data, please."}
                """.formatted(family));
        assertEquals(201, sent.statusCode(), sent.body());
        JsonObject receipt = json(sent);
        long number = receipt.getJsonNumber("number").longValue();
        assertTrue(receipt.getString("message").startsWith("Your request is number " + number + ". We will answer by "),
                receipt.toString());
        assertFalse(sent.body().contains(family), "the answer names no one");

        TestAccounts.ensure(database, Callers.principal(Role.DPM), Role.DPM);
        RequestView logged = Callers.as(Role.DPM, () -> requests.request(number));
        assertEquals("Ada " + family, logged.subjectName());
        assertEquals(RequestChannel.WEB_FORM, logged.channel());
        assertEquals(receipt.getString("due"), logged.clock().due().toString(), "the same clock as the intranet's");

        HttpResponse<String> complained = post("/complaints", token, """
                {"complainant": {"givenNames": "Ada", "familyName": "%s", "email": "ada@example.org"},
                 "kind": "SERVICE", "about": "SERVICE", "text": "Nobody answered my letter.",
                 "anonymityRequested": false}
                """.formatted(family));
        assertEquals(201, complained.statusCode(), complained.body());
        long complaint = json(complained).getJsonNumber("number").longValue();
        ComplaintView file = Callers.as(Role.DPM, () -> complaints.complaint(complaint));
        assertEquals("Nobody answered my letter.", file.text());

        assertEquals(List.of("CREATE SUCCESS " + number, "CREATE SUCCESS " + complaint), Sql.column(database,
                "select action || ' ' || outcome || ' ' || record_id from sec_audit_entry where actor = ?"
                        + " order by position", "api:" + client));
    }

    @Test
    void badInputIsAnsweredWithProblemDocumentsNamingTheFieldsInTheIntranetsWordsAndIsAudited() throws Exception {
        String client = unique("Website form ");
        String token = token(client, ClientScope.INTAKE);

        HttpResponse<String> invalid = post("/rights-requests", token, """
                {"person": {"givenNames": "Ada", "familyName": " ", "email": "not an address"},
                 "category": "CLIENT_CONTACT", "asked": "A copy."}
                """);
        assertProblem(invalid, 400, "urn:custos:problem:invalid-fields");
        String fields = json(invalid).getJsonArray("errors").toString();
        assertTrue(fields.contains("{\"field\":\"person.email\",\"message\":\"Enter a valid email address, like"
                + " name@example.org.\"}"), fields);
        assertTrue(fields.contains("{\"field\":\"person.familyName\",\"message\":\"Enter the family name.\"}"), fields);
        assertTrue(fields.contains("{\"field\":\"type\",\"message\":\"Choose what the person asks for.\"}"), fields);

        assertProblem(post("/rights-requests", token, "{\"person\": "), 400, "urn:custos:problem:unreadable-body");
        assertProblem(post("/rights-requests", token, "{\"type\": \"NO_SUCH_TYPE\"}"), 400,
                "urn:custos:problem:unreadable-body");
        assertProblem(post("/rights-requests", token, ""), 400, "urn:custos:problem:unreadable-body");
        assertProblem(send(request("/rights-requests", token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))), 415, "about:blank");
        assertProblem(post("/rights-requests", token, "{\"asked\": \"" + "x".repeat(300_000) + "\"}"), 413,
                "about:blank");
        assertProblem(send(request("/rights-requests", token).GET()), 405, "about:blank");
        assertProblem(send(request("/no-such-thing", token).GET()), 404, "about:blank");

        assertTrue(Integer.parseInt(Sql.column(database, "select count(*) from sec_audit_entry where actor = ?"
                + " and action = 'API_CALL_REFUSED' and outcome = 'DENIED'", "api:" + client).get(0)) >= 8,
                "each refusal is audited as the client");
    }

    @Test
    void noTokenAnUnknownOneARevokedOneAndAMissingScopeAreRefusedAsProblemDocuments_X1() throws Exception {
        String body = "{\"type\": \"ACCESS\"}";
        assertProblem(send(HttpRequest.newBuilder(api("/rights-requests")).timeout(PATIENCE)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))), 401,
                "urn:custos:problem:token-refused");
        assertProblem(post("/rights-requests", "custos_not-a-token", body), 401, "urn:custos:problem:token-refused");

        String client = unique("Calendar ");
        String calendarOnly = token(client, ClientScope.CALENDAR);
        assertProblem(post("/rights-requests", calendarOnly, body), 403, "urn:custos:problem:scope-missing");

        long id = Callers.as(Role.ADMIN, tokens::tokens).stream().filter(view -> view.name().equals(client))
                .findFirst().orElseThrow().id();
        Callers.as(Role.ADMIN, () -> tokens.revoke(id));
        assertProblem(post("/rights-requests", calendarOnly, body), 401, "urn:custos:problem:token-refused");
        assertNotNull(Callers.as(Role.ADMIN, tokens::tokens).stream().filter(view -> view.id() == id).findFirst()
                .orElseThrow().lastUsedAt(), "the administrator sees when it was last used");
    }

    @Test
    void aClientOverItsRateIsAnswered429WithRetryAfter() throws Exception {
        String token = token(unique("Busy website "), ClientScope.INTAKE);
        HttpResponse<String> answer = null;
        for (int i = 0; i < 1000 && (answer == null || answer.statusCode() != 429); i++) {
            answer = post("/rights-requests", token, "{}");
        }
        assertProblem(answer, 429, "urn:custos:problem:rate-limited");
        assertTrue(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    }

    @Test
    void aConsentGivenOnTheWebsiteIsOnTheLedgerAndItsWithdrawalStopsIt_L2() throws Exception {
        String token = token(unique("Consent form "), ClientScope.CONSENT);
        String email = unique("grace.") + "@example.org";
        long notice = IssuedNotice.versionId(database);
        String consent = """
                {"person": {"givenNames": "Grace", "familyName": "Hopper", "email": "%s"},
                 "category": "CLIENT_CONTACT", "purposeId": %d, "noticeVersionId": %d,
                 "wording": "Send me the yearly newsletter." %s}
                """;

        assertProblem(post("/consents", token, consent.formatted(email, MARKETING, notice, "")), 422,
                "urn:custos:problem:refused");
        HttpResponse<String> given = post("/consents", token, consent.formatted(email, MARKETING, notice,
                ", \"agreed\": true"));
        assertEquals(201, given.statusCode(), given.body());
        long consentId = json(given).getJsonNumber("number").longValue();
        long subject = Long.parseLong(Sql.column(database, "select subject_id from prot_consent where id = ?",
                consentId).get(0));
        TestAccounts.ensure(database, Callers.principal(Role.HR), Role.HR);
        assertTrue(Callers.as(Role.HR, () -> consents.history(subject)).get(0).inForce());

        HttpResponse<String> unknown = post("/consents/withdrawals", token,
                "{\"email\": \"nobody." + email + "\", \"purposeId\": " + MARKETING + "}");
        HttpResponse<String> withdrawn = post("/consents/withdrawals", token,
                "{\"email\": \"" + email + "\", \"purposeId\": " + MARKETING + "}");
        assertEquals(204, withdrawn.statusCode(), withdrawn.body());
        assertEquals(204, unknown.statusCode(), "the same answer whether or not anyone has the address");
        ConsentView after = Callers.as(Role.HR, () -> consents.history(subject)).get(0);
        assertFalse(after.inForce());
        assertEquals(ConsentMethod.FORM, after.withdrawalMethod());
    }

    @Test
    void theOpenDeadlinesAreAnICalendarFeedWithNumbersAndLinksButNoNames_D2() throws Exception {
        String family = unique("Franklin");
        HttpResponse<String> sent = post("/rights-requests", token(unique("Website form "), ClientScope.INTAKE), """
                {"person": {"givenNames": "Rosalind", "familyName": "%s", "email": "rosalind@example.org"},
                 "category": "SUPPLIER_CONTACT", "type": "ERASURE", "asked": "Erase my data."}
                """.formatted(family));
        long number = json(sent).getJsonNumber("number").longValue();
        String token = token(unique("Calendar "), ClientScope.CALENDAR);

        HttpResponse<String> feed = send(request("/deadlines.ics", token).GET());

        assertEquals(200, feed.statusCode(), feed.body());
        assertEquals("text/calendar", feed.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
        String ics = feed.body();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("UID:request-" + number + "-due@custos"), ics);
        assertTrue(ics.contains("SUMMARY:Rights request " + number + " (erasure) is due"), ics);
        assertFalse(ics.contains(family) || ics.contains("Rosalind"), "no one's name in the calendar");
        assertEquals(ics.split("BEGIN:VEVENT").length - 1, ics.split("END:VEVENT").length - 1);
        assertProblem(send(request("/deadlines.ics", token(unique("Website form "), ClientScope.INTAKE)).GET()),
                403, "urn:custos:problem:scope-missing");
    }

    @Test
    void openApiListsTheOperationsWithTheirProblemAnswers() throws Exception {
        String base = System.getProperty("custos.base.url");
        HttpResponse<String> document = send(HttpRequest.newBuilder(URI.create(base.substring(0,
                base.lastIndexOf('/')) + "/openapi")).timeout(PATIENCE).header("Accept", "application/json").GET());
        assertEquals(200, document.statusCode());
        for (String expected : List.of("/rights-requests", "/complaints", "/consents", "/consents/withdrawals",
                "/deadlines.ics", "Send in a rights request", "Send in a complaint", "text/calendar",
                "application/problem+json", "\"429\"", "bearer", "#/components/responses/OverRate",
                "The client is over its rate: see Retry-After.")) {
            assertTrue(document.body().contains(expected), expected + " in " + document.body());
        }
    }

    private String token(String client, ClientScope scope) throws Exception {
        return Callers.as(Role.ADMIN, () -> tokens.issue(new IntakeTokenForm(client, Set.of(scope)))).token();
    }

    private static URI api(String path) {
        return URI.create(System.getProperty("custos.base.url") + "/api/v1" + path);
    }

    private static HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(api(path)).timeout(PATIENCE).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""),
                answer.body());
        JsonObject problem = json(answer);
        assertEquals(type, problem.getString("type"), answer.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("<html"), answer.body());
    }
}

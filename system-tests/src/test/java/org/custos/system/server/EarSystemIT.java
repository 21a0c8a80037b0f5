package org.custos.system.server;

import static org.custos.protection.testsupport.Gate.anApprovedHealthRecordFor;
import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.SettingView;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.api.SubjectQuery;
import org.custos.protection.register.api.SubjectSort;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.recruitment.api.CampaignForm;
import org.custos.recruitment.api.Campaigns;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.AccountView;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.SensitiveData;
import org.custos.protection.spi.RetentionRule;
import org.custos.domain.shared.DataContext;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real EAR on Payara Server with PostgreSQL: what only the assembled application can show. The modules
 * see each other (the audit interceptor of security on protection's facades, the holders of every module),
 * roles hold at the facades, and the web layer logs people in and out as it should.
 */
// a bean, so that ServerSystemIT gets one with its fields filled
@Dependent
@ExtendWith(ArquillianExtension.class)
class EarSystemIT {

    private static final String PASSWORD = "juniper-signal-3141";

    /**
     * A rule only the complaints module declares (R5: complaint files, 2 years after closure), as its holder does:
     * the settings list it with no change to protection.
     */
    private static final RetentionRule COMPLAINT_FILES = new RetentionRule(DataContext.COMPLAINTS,
            "retention.complaint-files", "R5", "Keep a complaint file after it closes", "Complaint closed",
            Period.ofYears(2));

    /** What the probe carries for these tests (here, and in {@link ServerSystemIT}'s one deployment). */
    static final List<Class<?>> PROBE = List.of(EarSystemIT.class, FormClient.class, TestAccounts.class);

    @Deployment
    static EnterpriseArchive deployment() {
        return EarDeployment.withProbe(PROBE.toArray(Class<?>[]::new));
    }

    @EJB
    AccountAdministration accounts;

    @EJB
    AccountConfirmations confirmations;

    @EJB
    PeopleRegister register;

    @EJB
    AuditTrail audit;

    @EJB
    PersonalDataHolders holders;

    @EJB
    Approvals approvals;

    @EJB
    Settings settings;

    @Inject
    ComplianceCalendar calendar;

    @EJB
    SensitiveData sensitive;

    @EJB
    Campaigns campaigns;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private AccountView anAccount(Role role) throws Exception {
        return TestAccounts.open(accounts, confirmations, unique("user."), PASSWORD, role);
    }

    @Test
    void hrIsRefusedTheAccountFacadeAndTheAdministratorThePeopleFacade_X1() {
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, accounts::accounts));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> register.search(
                new SubjectQuery(null, null, null, SubjectSort.NAME, true, 0, 10))));
    }

    @Test
    void protectionsFacadesAreAuditedAndTheChainShowsARowAlteredBySql_X2() throws Exception {
        SubjectDetails person = aPerson().named("Mary", unique("Seacole")).born(LocalDate.of(1980, 11, 23))
                .as(SubjectCategory.COMPLAINANT).registeredIn(register);
        assertEquals(List.of("hr-tester CREATE"), Sql.column(database, "select actor || ' ' || action from sec_audit_entry"
                + " where subject_id = ?", person.id()));
        assertTrue(Callers.as(Role.DPM, audit::verifyChain).intact());
        long position = Long.parseLong(Sql.column(database,
                "select position from sec_audit_entry where subject_id = ?", person.id()).get(0));
        Sql.execute(database, "update sec_audit_entry set action = 'READ' where position = ?", position);
        try {
            assertEquals(position, Callers.as(Role.DPM, audit::verifyChain).firstBrokenPosition());
        } finally {
            Sql.execute(database, "update sec_audit_entry set action = 'CREATE' where position = ?", position);
        }
    }

    @Test
    void protectionFindsThePersonalDataHoldersOfEveryEjbModule_SPI() throws Exception {
        assertEquals(List.of("complaints", "recruitment", "register", "relationships", "security", "staff"),
                Callers.as(Role.DPM, holders::contexts));
    }

    @Test
    void aRetentionRuleDeclaredByAHolderInItsOwnModuleIsASettingTheCalendarReads_R5_SPI() throws Exception {
        SettingView declared = Callers.as(Role.DPM, settings::settings).stream()
                .filter(setting -> setting.key().equals(COMPLAINT_FILES.key())).findFirst().orElseThrow();
        assertEquals("R5", declared.rule());
        assertEquals("P2Y", declared.value());
        try {
            Callers.as(Role.DPM, () -> settings.change(COMPLAINT_FILES.key(), "P3Y"));
            assertEquals(Period.ofYears(3), calendar.retentionPeriod(COMPLAINT_FILES));
        } finally {
            Callers.as(Role.DPM, () -> settings.change(COMPLAINT_FILES.key(), ""));
        }
        assertEquals(Period.ofYears(2), calendar.retentionPeriod(COMPLAINT_FILES));
    }

    @Test
    void aSignedInUserIsSignedOutAtOnceWhenTheAccountIsDisabled_X1() throws Exception {
        AccountView hr = anAccount(Role.HR);
        FormClient web = FormClient.insideTheServer();
        assertEquals(302, web.logIn(hr.username(), PASSWORD).statusCode());
        HttpResponse<String> home = web.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains(hr.username()));
        Callers.as(Role.ADMIN, () -> accounts.disable(hr.id()));
        HttpResponse<String> after = web.get("/");
        assertEquals(302, after.statusCode());
        assertTrue(after.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml?ended"));
    }

    @Test
    void loggingInAsSomeoneElseWhileLoggedInLogsTheFirstCallerOut_X1() throws Exception {
        AccountView hr = anAccount(Role.HR);
        AccountView dpm = anAccount(Role.DPM);
        FormClient web = FormClient.insideTheServer();
        web.logIn(hr.username(), PASSWORD);
        HttpResponse<String> switched = web.logIn(dpm.username(), "not the password at all");
        assertTrue(switched.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml?switched"));
        assertEquals(302, web.get("/").statusCode(), "neither HR nor the DPM is logged in now");
        assertEquals(302, web.logIn(dpm.username(), PASSWORD).statusCode());
        assertTrue(web.get("/").body().contains(dpm.username()));
    }

    @Test
    void hrOpeningTheAccountsPageGetsTheRefusalPageAndTheRefusalIsAudited_X1_X2() throws Exception {
        AccountView hr = anAccount(Role.HR);
        FormClient web = FormClient.insideTheServer();
        web.logIn(hr.username(), PASSWORD);
        HttpResponse<String> accountsPage = web.get("/admin/accounts.xhtml");
        assertEquals(403, accountsPage.statusCode());
        assertTrue(accountsPage.body().contains("You are not allowed to open this page."));
        assertFalse(accountsPage.body().contains(hr.username() + "</td>"));
        assertEquals(List.of("ACCESS_DENIED DENIED"), Sql.column(database, "select action || ' ' || outcome from sec_audit_entry"
                + " where actor = ? and action = 'ACCESS_DENIED'", hr.username()));
    }

    @Test
    void hrOpeningTheDpmsListOfApprovalsIsShownTheRefusalAndTheFacadesRefusalIsAudited_X1_X2() throws Exception {
        AccountView hr = anAccount(Role.HR);
        FormClient web = FormClient.insideTheServer();
        web.logIn(hr.username(), PASSWORD);
        HttpResponse<String> list = web.get("/approvals/list.xhtml");
        assertEquals(302, list.statusCode(), list.body());
        assertTrue(list.headers().firstValue("Location").orElseThrow().endsWith("/denied.xhtml"));
        assertTrue(web.get("/denied.xhtml").body().contains("You are not allowed to open this page."));
        List<String> refusals = Sql.column(database, "select detail from sec_audit_entry where actor = ?"
                + " and action = 'ACCESS_DENIED' and outcome = 'DENIED'", hr.username());
        assertEquals(1, refusals.size(), "recorded once, not again by opening the refusal page");
        assertTrue(refusals.get(0).endsWith("/approvals/list.xhtml"), refusals.get(0));
    }

    @Test
    void pagesCarryTheSecurityHeadersAndErrorPagesAReferenceButNoServerDetails() throws Exception {
        HttpResponse<String> login = FormClient.insideTheServer().get("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(policy -> policy.contains("frame-ancestors 'none'")));
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(null));
        HttpResponse<String> toLogin = FormClient.insideTheServer().get("/people/list.xhtml");
        assertEquals(302, toLogin.statusCode());
        assertEquals("DENY", toLogin.headers().firstValue("X-Frame-Options").orElse(null),
                "the mechanism's own redirect carries the headers too");
        assertTrue(login.headers().firstValue("Server").isEmpty());
        assertTrue(login.headers().firstValue("X-Powered-By").isEmpty());
        AccountView hr = anAccount(Role.HR);
        FormClient web = FormClient.insideTheServer();
        web.logIn(hr.username(), PASSWORD);
        HttpResponse<String> missing = web.get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("id=\"error-reference\""), "the error page gives a reference");
        assertFalse(missing.body().contains("Payara") || missing.body().contains("Exception"),
                "no server name, version or stack trace on error pages:\n" + missing.body());
    }

    @Test
    void theSessionCookieOfASignedInUserIsHttpOnlyAndStrictlySameSite() throws Exception {
        AccountView hr = anAccount(Role.HR);
        String cookie = FormClient.insideTheServer().logIn(hr.username(), PASSWORD).headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("JSESSIONID="), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=strict"), cookie);
    }

    @Test
    void aCraftedRequestToTheSensitiveDataPageWithoutAnApprovalInForceGetsNothing_L4() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Byron")).as(SubjectCategory.STAFF)
                .registeredIn(register);
        long purpose = Long.parseLong(Sql.column(database, "select min(id) from prot_purpose").get(0));
        ApprovalView approved = anApprovedHealthRecordFor(person.id()).forPurpose(purpose)
                .saying("Epilepsy: no driving duties").recordedThrough(approvals, sensitive).approval();
        Callers.as(Role.DPM, () -> approvals.revoke(approved.id(), approved.version(), "No longer needed"));

        AccountView hr = anAccount(Role.HR);
        FormClient web = FormClient.insideTheServer();
        web.logIn(hr.username(), PASSWORD);
        String page = "/people/sensitive.xhtml?id=" + person.id();
        HttpResponse<String> opened = web.get(page);
        assertEquals(200, opened.statusCode());
        HttpResponse<String> shown = web.post(page, "sensitive=sensitive&sensitive%3Acategory_input=HEALTH"
                + "&sensitive%3Ashow=sensitive%3Ashow" + FormClient.postback(opened));
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("the DPM has not approved it"), shown.body());
        assertFalse(shown.body().contains("Epilepsy"));
        web.post(page, "sensitive=sensitive&sensitive%3Acategory_input=HEALTH&sensitive%3Apurpose_input=" + purpose
                + "&sensitive%3Acontent=Migraines&sensitive%3Arecord=sensitive%3Arecord" + FormClient.postback(shown));
        assertEquals(List.of("1"), Sql.column(database,
                "select count(*) from sec_sensitive_record where subject_id = ?", person.id()));
        assertEquals(List.of("READ DENIED", "CREATE DENIED"), Sql.column(database, "select action || ' ' || outcome"
                + " from sec_audit_entry where actor = ? and record_type = 'SensitiveRecord' order by position",
                hr.username()));
    }

    @Test
    void whatCannotBeTakenIsRefusedWithASentenceNamingTheFieldAndStaysOnThePage() throws Exception {
        AccountView hr = anAccount(Role.HR);
        FormClient web = FormClient.insideTheServer();
        web.logIn(hr.username(), PASSWORD);
        String family = unique("Nunez");
        HttpResponse<String> empty = web.get("/people/edit.xhtml");
        assertTrue(Pattern.compile("<input id=\"person:givenNames\"[^>]*maxlength=\"200\"").matcher(empty.body())
                .find(), "the box takes the length of the form's field:\n" + empty.body());
        HttpResponse<String> refused = web.post("/people/edit.xhtml", "person=person&person%3AgivenNames=Zo%C3%AB"
                + "&person%3AfamilyName=" + family + "&person%3AdateOfBirth_input=31%2F02%2F1990"
                + "&person%3Acategories=STAFF&person%3Asave=person%3Asave" + FormClient.postback(empty));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Enter the date of birth as day/month/year, like 31/01/1990."),
                "a day that does not exist is refused, not moved to 28 February:\n" + refused.body());
        assertTrue(refused.body().contains("value=\"31/02/1990\""), "what was typed stays in the box");
        assertEquals(List.of("0"), Sql.column(database,
                "select count(*) from core_data_subject where family_name = ?", family));

        HttpResponse<String> tooLong = web.post("/people/edit.xhtml", "person=person&person%3AgivenNames="
                + "A".repeat(201) + "&person%3AfamilyName=" + family + "&person%3Acategories=STAFF"
                + "&person%3Asave=person%3Asave" + FormClient.postback(refused));
        assertEquals(200, tooLong.statusCode());
        assertTrue(tooLong.body().contains("Given names: enter at most 200 characters."), tooLong.body());
        assertTrue(tooLong.body().contains("A".repeat(201)), "what was typed stays in the box, uncut");
        assertEquals(List.of("0"), Sql.column(database,
                "select count(*) from core_data_subject where family_name = ?", family));

        HttpResponse<String> badLink = web.get("/people/edit.xhtml?id=abc");
        assertEquals(200, badLink.statusCode());
        assertTrue(badLink.body().contains("Record number in the link: enter a whole number, like 1050."),
                badLink.body());

        HttpResponse<String> search = web.get("/people/search.xhtml");
        HttpResponse<String> found = web.post("/people/search.xhtml", "jakarta.faces.partial.ajax=true"
                + "&jakarta.faces.source=search%3Afind&jakarta.faces.partial.execute=search"
                + "&jakarta.faces.partial.render=search%3Apeople&search%3Afind=search%3Afind&search=search"
                + "&search%3Aname=" + "a".repeat(300) + FormClient.postback(search));
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("Name: enter at most 200 characters."), found.body());
        assertFalse(found.body().contains("<redirect"), "no error page");
    }

    /**
     * The server writes a page's characters into bytes a buffer of 8,192 at a time; an emoji (two UTF-16 units) across
     * a buffer's edge came back as "??". A value of more than 8,192 units crosses an edge, and with emoji at both
     * parities one of the two lies across it.
     */
    @Test
    void aLongValueWithEmojiComesBackWholeOnTheRefusedForm() throws Exception {
        FormClient web = FormClient.insideTheServer();
        web.logIn(anAccount(Role.HR).username(), PASSWORD);
        HttpResponse<String> page = web.get("/people/edit.xhtml");
        for (String typed : List.of("😀".repeat(4_200), "x" + "😀".repeat(4_200))) {
            page = web.post("/people/edit.xhtml", "person=person&person%3AgivenNames="
                    + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&person%3AfamilyName=" + unique("Oyelaran")
                    + "&person%3Acategories=STAFF&person%3Asave=person%3Asave" + FormClient.postback(page));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Given names: enter at most 200 characters."), page.body());
            assertTrue(page.body().contains("value=\"" + typed + "\""), "the box shows what was typed, every emoji"
                    + " whole; it shows " + (page.body().contains("??") ? "\"??\" in it" : "something else"));
        }
    }

    /** Found by the bad-input run: the page made its "is on the list now" sentence before the save, of no country. */
    @Test
    void theAdequacyListSavedWithoutACountryAsksForOneNotTheErrorPage() throws Exception {
        FormClient web = FormClient.insideTheServer();
        web.logIn(anAccount(Role.DPM).username(), PASSWORD);
        HttpResponse<String> page = web.get("/settings/adequacy.xhtml");
        HttpResponse<String> refused = web.post("/settings/adequacy.xhtml", "jakarta.faces.partial.ajax=true"
                + "&jakarta.faces.source=adequacy%3Asave&jakarta.faces.partial.execute=adequacy"
                + "&jakarta.faces.partial.render=adequacy&adequacy%3Asave=adequacy%3Asave&adequacy=adequacy"
                + "&adequacy%3Acountry_input=&adequacy%3Aconditions=Commercial+organisations+only"
                + FormClient.postback(page));
        assertEquals(200, refused.statusCode());
        assertFalse(refused.body().contains("<redirect"), "no error page:\n" + refused.body());
        assertTrue(refused.body().contains("Choose the country."), refused.body());
        assertTrue(refused.body().contains("Commercial organisations only"), "what was typed stays");
    }

    @Test
    void aNumberBoxSentSomethingThatIsNoNumberIsRefusedWithASentenceNamingTheFieldNotTheErrorPage() throws Exception {
        AccountView dpm = anAccount(Role.DPM);
        FormClient web = FormClient.insideTheServer();
        web.logIn(dpm.username(), PASSWORD);
        HttpResponse<String> trail = web.get("/audit/trail.xhtml");
        assertTrue(trail.body().contains("name=\"audit:subject_hinput\""), "the page has its number box:\n"
                + trail.body());
        HttpResponse<String> refused = web.post("/audit/trail.xhtml", "jakarta.faces.partial.ajax=true"
                + "&jakarta.faces.source=audit%3Afilter&jakarta.faces.partial.execute=audit"
                + "&jakarta.faces.partial.render=audit%3Aentries&audit%3Afilter=audit%3Afilter&audit=audit"
                + "&audit%3Asubject_input=12abc&audit%3Asubject_hinput=12abc" + FormClient.postback(trail));
        assertEquals(200, refused.statusCode());
        assertFalse(refused.body().contains("<redirect") || refused.body().contains("<error>"),
                "no error page:\n" + refused.body());
        assertTrue(refused.body().contains("Person reference: enter a whole number, like 1050."), refused.body());
        HttpResponse<String> whole = web.post("/audit/trail.xhtml", "audit=audit&audit%3Asubject_input=NaN"
                + "&audit%3Asubject_hinput=NaN&audit%3Aactor=kept.user&audit%3Aexport-csv=audit%3Aexport-csv"
                + FormClient.postback(trail));
        assertEquals(200, whole.statusCode());
        assertTrue(whole.body().contains("Person reference: enter a whole number, like 1050."), whole.body());
        assertTrue(whole.body().contains("value=\"kept.user\""), "the rest of the form keeps what was typed");
    }

    @Test
    void anExportedListHoldsTheValuesAndNoFormula() throws Exception {
        String stem = unique("Zq");
        Callers.as(Role.HR, () -> campaigns.open(new CampaignForm("=HYPERLINK(\"http://evil.example\") " + stem,
                "Payroll officer", LocalDate.now(), LocalDate.now().plusDays(10), Set.of())));
        AccountView hr = anAccount(Role.HR);
        FormClient web = FormClient.insideTheServer();
        web.logIn(hr.username(), PASSWORD);
        HttpResponse<String> list = web.get("/campaigns/list.xhtml");
        HttpResponse<String> csv = web.post("/campaigns/list.xhtml", "campaigns=campaigns&campaigns%3Atext=" + stem
                + "&campaigns%3Acsv=campaigns%3Acsv" + FormClient.postback(list));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"http://evil.example\"\") " + stem + "\""),
                "a cell that would start a formula is kept as text:\n" + csv.body());
        assertTrue(csv.body().contains("\"Payroll officer\""), csv.body());
        assertFalse(csv.body().contains("#{"), "values, not the expressions that show them");
    }
}

package org.custos.system.server;

import static org.custos.protection.testsupport.BreachForms.aLostLaptop;
import static org.custos.protection.testsupport.Gate.anApprovedHealthRecordFor;
import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.system.server.ArchiveBytes.bytes;
import static org.custos.system.server.ArchiveBytes.contains;
import static org.custos.system.server.ArchiveBytes.text;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebServlet;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custos.complaints.api.ComplaintForm;
import org.custos.complaints.api.Complaints;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachSeverity;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.breaches.api.Breaches;
import org.custos.protection.notices.api.NoticeForm;
import org.custos.protection.notices.api.NoticeView;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.testsupport.Requests;
import org.custos.recruitment.api.ApplicationForm;
import org.custos.recruitment.api.Applications;
import org.custos.recruitment.api.CampaignForm;
import org.custos.recruitment.api.Campaigns;
import org.custos.relationships.api.OrganisationDetailsForm;
import org.custos.relationships.api.Organisations;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.Approvals;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditFilter;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditQuery;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.SensitiveData;
import org.custos.staff.api.HrCaseForm;
import org.custos.staff.api.HrCases;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.StaffAccounts;
import org.custos.staff.api.StaffFiles;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The page matrix (issue 20, X1, X2): every page of the web module ({@code .xhtml} outside {@code WEB-INF} and
 * {@code resources}, read from the EAR's WAR, not from a list) and every servlet URL it maps (web.xml and
 * {@code @WebServlet}), opened over HTTP as anonymous and as each role, with the fixtures' ids: one's own campaign,
 * application, complaint, HR case and staff file, another hiring manager's campaign and application, another
 * handler's complaint and HR case, another member of staff's file, an id that names nothing and one that is not a
 * number. {@link #TABLE} is the reviewed truth. A page with no row, a page taking an id without the rows for an id
 * that names nothing and one that is not a number, a row for no page, and any answer other than its row's fail.
 * <p>
 * An answer is judged by its status, its redirect and its words: shown (200, no refusal); refused (anonymous: the
 * redirect to the login page; a signed-in user: the 403 "not allowed" page, the redirect to it, or the page with the
 * facade's refusal in a sentence and nothing of the record); not found (the page with a plain "there is no such"
 * sentence, or "enter a whole number" for a link whose id is not a number). An error page, a stack trace or a 500 is
 * always wrong, and so is a refused or not-found answer naming the fixtures' people, campaigns or complaints. Every
 * refusal of a signed-in user must leave a DENIED entry naming the user and the page or the record, read through the
 * audit trail's facade.
 * <p>
 * Downloads (documents, letters, exports, evidence) are buttons of these pages (PrimeFaces' file download, a postback
 * of the page), not URLs of their own: the page's row decides who reaches them, the facade matrix who the facade
 * serves.
 */
final class PageMatrix {

    /**
     * Who sees what, one row per URL: the callers shown the page (ANONYMOUS or a role); {@code #ROLE} for a role
     * told there is no such record (or that the link's number is not a number); a caller not named is refused.
     * Placeholders name fixtures: {@code {campaign}} is the hiring manager's, {@code {otherCampaign}} another
     * manager's; {@code {complaint}} and {@code {case}} the HR and DPM users', {@code {otherComplaint}} and
     * {@code {otherCase}} another handler's; {@code {staffFile}} is the member of staff's own, {@code
     * {otherStaffFile}} another's; {@code {missing}} names nothing.
     */
    static final String TABLE = """
            /account/own.xhtml                                         ADMIN DPM HR HIRING_MANAGER FINANCE STAFF
            /admin/accounts.xhtml                                      ADMIN
            /admin/keys.xhtml                                          ADMIN
            /admin/tokens.xhtml                                        ADMIN
            /applications/detail.xhtml                                 DPM HR HIRING_MANAGER
            /applications/detail.xhtml?id={application}                DPM HR HIRING_MANAGER
            /applications/detail.xhtml?id={otherApplication}           DPM HR
            /applications/detail.xhtml?id={missing}                    #DPM #HR #HIRING_MANAGER
            /applications/detail.xhtml?id=abc                          #DPM #HR #HIRING_MANAGER
            /approvals/decide.xhtml                                    DPM HR
            /approvals/decide.xhtml?id={approval}                      DPM
            /approvals/decide.xhtml?id={missing}                       #DPM #HR
            /approvals/decide.xhtml?id=abc                             #DPM #HR
            /approvals/list.xhtml                                      DPM
            /approvals/outside-hr.xhtml                                DPM HR
            /approvals/outside-hr.xhtml?subject={person}&file={staffFile} DPM HR
            /approvals/request.xhtml                                   DPM HR
            /approvals/request.xhtml?subject={person}                  DPM HR
            /audit/trail.xhtml                                         DPM
            /breaches/edit.xhtml                                       DPM
            /breaches/edit.xhtml?id={breach}                           DPM
            /breaches/edit.xhtml?id={missing}                          #DPM
            /breaches/edit.xhtml?id=abc                                #DPM
            /breaches/list.xhtml                                       DPM
            /campaigns/detail.xhtml                                    DPM HR HIRING_MANAGER
            /campaigns/detail.xhtml?id={campaign}                      DPM HR HIRING_MANAGER
            /campaigns/detail.xhtml?id={otherCampaign}                 DPM HR
            /campaigns/detail.xhtml?id={missing}                       #DPM #HR #HIRING_MANAGER
            /campaigns/detail.xhtml?id=abc                             #DPM #HR #HIRING_MANAGER
            /campaigns/edit.xhtml                                      DPM HR
            /campaigns/edit.xhtml?id={campaign}                        DPM HR
            /campaigns/edit.xhtml?id={otherCampaign}                   DPM HR
            /campaigns/edit.xhtml?id={missing}                         #DPM #HR
            /campaigns/edit.xhtml?id=abc                               #DPM #HR
            /campaigns/list.xhtml                                      DPM HR HIRING_MANAGER
            /complaints/complaint.xhtml                                DPM HR
            /complaints/complaint.xhtml?id={complaint}                 DPM HR
            /complaints/complaint.xhtml?id={otherComplaint}            -
            /complaints/complaint.xhtml?id={missing}                   #DPM #HR
            /complaints/complaint.xhtml?id=abc                         #DPM #HR
            /complaints/counts.xhtml                                   DPM
            /complaints/list.xhtml                                     DPM HR
            /complaints/log.xhtml                                      DPM HR
            /confirmations/list.xhtml                                  DPM
            /denied.xhtml                                              ADMIN DPM HR HIRING_MANAGER FINANCE STAFF
            /error.xhtml                                               ANONYMOUS ADMIN DPM HR HIRING_MANAGER FINANCE STAFF
            /grants/list.xhtml                                         DPM
            /index.xhtml                                               ADMIN DPM HR HIRING_MANAGER FINANCE STAFF
            /login.xhtml                                               ANONYMOUS ADMIN DPM HR HIRING_MANAGER FINANCE STAFF
            /me/record.xhtml                                           STAFF
            /me/record.xhtml?id={staffFile}                            STAFF
            /me/record.xhtml?id={otherStaffFile}                       -
            /me/record.xhtml?id={missing}                              #STAFF
            /me/record.xhtml?id=abc                                    #STAFF
            /notices/list.xhtml                                        DPM
            /notices/notice.xhtml                                      DPM
            /notices/notice.xhtml?id={notice}                          DPM
            /notices/notice.xhtml?id={missing}                         #DPM
            /notices/notice.xhtml?id=abc                               #DPM
            /notices/version.xhtml                                     DPM
            /notices/version.xhtml?id={noticeVersion}                  #DPM
            /notices/version.xhtml?id={missing}                        #DPM
            /notices/version.xhtml?id=abc                              #DPM
            /organisations/list.xhtml                                  DPM HR
            /organisations/marketing.xhtml                             DPM HR
            /organisations/organisation.xhtml                          DPM HR
            /organisations/organisation.xhtml?id={organisation}        DPM HR
            /organisations/organisation.xhtml?id={missing}             #DPM #HR
            /organisations/organisation.xhtml?id=abc                   #DPM #HR
            /organisations/processors.xhtml                            DPM HR
            /people/detail.xhtml                                       DPM HR
            /people/detail.xhtml?id={person}                           DPM HR
            /people/detail.xhtml?id={missing}                          #DPM #HR
            /people/detail.xhtml?id=abc                                #DPM #HR
            /people/edit.xhtml                                         DPM HR
            /people/edit.xhtml?id={person}                             DPM HR
            /people/edit.xhtml?id={missing}                            #DPM #HR
            /people/edit.xhtml?id=abc                                  #DPM #HR
            /people/search.xhtml                                       DPM HR
            /people/sensitive.xhtml                                    DPM HR
            /people/sensitive.xhtml?id={person}                        DPM HR
            /people/sensitive.xhtml?id={missing}                       #DPM #HR
            /people/sensitive.xhtml?id=abc                             #DPM #HR
            /processing/record.xhtml                                   DPM
            /purposes/dpia.xhtml                                       DPM
            /purposes/dpia.xhtml?id={purpose}                          DPM
            /purposes/dpia.xhtml?id={missing}                          #DPM
            /purposes/dpia.xhtml?id=abc                                #DPM
            /purposes/list.xhtml                                       ADMIN DPM HR HIRING_MANAGER FINANCE STAFF
            /requests/detail.xhtml                                     DPM HR
            /requests/detail.xhtml?id={request}                        DPM HR
            /requests/detail.xhtml?id={missing}                        #DPM #HR
            /requests/detail.xhtml?id=abc                              #DPM #HR
            /requests/list.xhtml                                       DPM HR
            /requests/new.xhtml                                        DPM HR
            /retention/evidence.xhtml                                  DPM HR
            /retention/queue.xhtml                                     DPM
            /retention/runs.xhtml                                      DPM
            /retention/schedule.xhtml                                  DPM HR
            /retention/simulator.xhtml                                 DPM
            /settings/adequacy.xhtml                                   DPM
            /settings/letters.xhtml                                    ADMIN DPM
            /settings/list.xhtml                                       ADMIN DPM
            /setup.xhtml                                               ANONYMOUS ADMIN DPM HR HIRING_MANAGER FINANCE STAFF
            /setup.xhtml?token=abc                                     ANONYMOUS ADMIN DPM HR HIRING_MANAGER FINANCE STAFF
            /shared/file.xhtml                                         HIRING_MANAGER FINANCE
            /shared/file.xhtml?id={staffFile}                          HIRING_MANAGER FINANCE
            /shared/file.xhtml?id={missing}                            HIRING_MANAGER FINANCE
            /shared/file.xhtml?id=abc                                  #HIRING_MANAGER #FINANCE
            /shared/staff.xhtml                                        HIRING_MANAGER FINANCE
            /staff/case.xhtml                                          -
            /staff/case.xhtml?id={case}                                DPM HR
            /staff/case.xhtml?id={otherCase}                           DPM
            /staff/case.xhtml?id={missing}                             #DPM #HR
            /staff/case.xhtml?id=abc                                   #DPM #HR
            /staff/file.xhtml                                          DPM HR
            /staff/file.xhtml?id={staffFile}                           DPM HR
            /staff/file.xhtml?id={missing}                             #DPM #HR
            /staff/file.xhtml?id=abc                                   #DPM #HR
            /staff/list.xhtml                                          DPM HR
            /staff/open.xhtml                                          DPM HR
            /staff/review-intervals.xhtml                              DPM HR
            /login                                                     #ANONYMOUS #ADMIN #DPM #HR #HIRING_MANAGER #FINANCE #STAFF
            /logout                                                    #ANONYMOUS #ADMIN #DPM #HR #HIRING_MANAGER #FINANCE #STAFF
            """;

    static final String PAGES = "page-matrix/pages.txt";
    static final String SERVLETS = "page-matrix/servlets.txt";
    static final String ROOT = "page-matrix/root.txt";

    private static final String ANONYMOUS = "ANONYMOUS";
    private static final String PASSWORD = "juniper-signal-3141";
    private static final String MISSING = "987654321";
    private static final String OTHER_MANAGER = "other-hiring-manager";
    private static final String OTHER_HANDLER = "other-handler";
    private static final String WEB = "custos-web.war";
    private static final String NOT_ALLOWED = "You are not allowed to open this page.";
    private static final Pattern ERROR_MESSAGE = Pattern.compile(
            "class=\"ui-messages-error-summary\">([^<]*)<");
    private static final Pattern NOT_FOUND = Pattern.compile("^(There is no|No such|.*enter a whole number)");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");

    /** The facades the fixtures are made through, and the audit trail the refusals are read from. */
    record Beans(AccountAdministration accounts, AccountConfirmations confirmations, PeopleRegister register,
            Campaigns campaigns, Applications applications, Complaints complaints, StaffFiles staffFiles,
            HrCases hrCases, StaffAccounts staffAccounts, Organisations organisations, RightsRequests rightsRequests,
            Approvals approvals, SensitiveData sensitive, Breaches breaches, Notices notices, AuditTrail audit,
            DataSource database) {
    }

    /** How an answer came out. */
    enum Seen {
        /** 200, the page with no refusal. */
        SHOWN,
        /** The login redirect (anonymous), the "not allowed" page or redirect, or the page's refusal sentence. */
        REFUSED,
        /** A plain "there is no such" sentence (or "not a number"), or the 404 page. */
        NOT_FOUND,
        /** Anything else: an error page, a 500, a signed-in user sent to the login page, another redirect. */
        WRONG
    }

    /** One answer judged: how it came out, and in what words. */
    record Answer(Seen seen, String how) {
    }

    /** The figures. */
    static final class Tally {
        int calls;
        int wrongAllows;
        int wrongRefusals;
        int otherDifferences;
        int refusals;
        int refusalsAudited;
        int leaks;
        int otherRecordCalls;
        int notFound;
    }

    private PageMatrix() {
    }

    /**
     * Adds to the probe module of {@code ear} the pages of its web module with their view parameters, the URLs its
     * servlets are mapped to, and the project's root (for docs/reliability.md).
     */
    static EnterpriseArchive withPagesAndServlets(EnterpriseArchive ear) {
        WebArchive web = ear.getAsType(WebArchive.class, WEB);
        Set<String> pages = new TreeSet<>();
        Set<String> servlets = new TreeSet<>();
        for (Map.Entry<ArchivePath, Node> entry : web.getContent().entrySet()) {
            String path = entry.getKey().get();
            if (entry.getValue().getAsset() == null) {
                continue;
            }
            if (path.endsWith(".xhtml") && !path.startsWith("/WEB-INF/") && !path.startsWith("/META-INF/")
                    && !path.startsWith("/resources/")) {
                String text = text(entry.getValue().getAsset().openStream());
                if (text.contains("<html") || text.contains("template=\"")) {
                    List<String> params = new ArrayList<>();
                    Matcher param = VIEW_PARAM.matcher(text);
                    while (param.find()) {
                        params.add(param.group(1));
                    }
                    pages.add(path + " " + String.join(",", params));
                }
            } else if (path.startsWith("/WEB-INF/classes/") && path.endsWith(".class")
                    && contains(bytes(entry.getValue().getAsset().openStream()),
                            "Ljakarta/servlet/annotation/WebServlet;".getBytes(StandardCharsets.US_ASCII))) {
                String name = path.substring("/WEB-INF/classes/".length(), path.length() - ".class".length())
                        .replace('/', '.');
                try {
                    WebServlet servlet = Class.forName(name, false, PageMatrix.class.getClassLoader())
                            .getAnnotation(WebServlet.class);
                    if (servlet != null) {
                        servlets.addAll(Arrays.asList(servlet.value()));
                        servlets.addAll(Arrays.asList(servlet.urlPatterns()));
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("The web module's servlet " + name + " is not on the test's"
                            + " class path", e);
                }
            }
        }
        String webXml = text(web.get("WEB-INF/web.xml").getAsset().openStream());
        Matcher mapping = Pattern.compile("<servlet-mapping>(.*?)</servlet-mapping>", Pattern.DOTALL).matcher(webXml);
        while (mapping.find()) {
            Matcher pattern = Pattern.compile("<url-pattern>\\s*([^<\\s]+)\\s*</url-pattern>").matcher(mapping.group(1));
            while (pattern.find()) {
                if (!pattern.group(1).startsWith("*.")) {
                    servlets.add(pattern.group(1));
                }
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("No page in the web module " + WEB);
        }
        String probeName = Callers.EAR_MODULE + ".jar";
        JavaArchive probe = ear.getAsType(JavaArchive.class, probeName);
        probe.addAsResource(new StringAsset(String.join("\n", pages) + "\n"), PAGES);
        probe.addAsResource(new StringAsset(String.join("\n", servlets) + "\n"), SERVLETS);
        probe.addAsResource(new StringAsset(System.getProperty("custos.root", "")), ROOT);
        ear.delete(probeName);
        return ear.addAsModule(probe);
    }

    /** The project's root, as the build told the deployment. */
    static String root() {
        return text(PageMatrix.class.getResourceAsStream("/" + ROOT)).strip();
    }

    /**
     * The whole matrix, inside the server: fixtures and accounts made, every URL of the table opened as every
     * caller, the answers compared with the table, the refusals looked up in the audit trail, the figures written
     * to {@code docs/reliability.md} under {@code root}. Fails with every difference named.
     */
    static void check(Beans beans, Supplier<FormClient> clients, Path root) throws Exception {
        Map<String, List<String>> pages = pages();
        List<String> servlets = resourceLines(SERVLETS);
        Map<String, String> users = accounts(beans);
        Map<String, String> ids = new HashMap<>();
        Set<String> secrets = new TreeSet<>();
        fixtures(beans, users, ids, secrets);
        Map<String, Map<String, Seen>> table = parse(TABLE);

        List<String> problems = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        for (String url : table.keySet()) {
            String path = url.replaceFirst("\\?.*", "");
            if (!pages.containsKey(path) && !servlets.contains(path)) {
                problems.add("a row for no page or servlet: " + url);
            }
            covered.add(path);
        }
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            if (!covered.contains(page.getKey())) {
                problems.add("not in the table: the page " + page.getKey());
            }
            for (String param : page.getValue()) {
                if (param.equals("id")) {
                    for (String variant : List.of("id={missing}", "id=abc")) {
                        if (table.keySet().stream().noneMatch(url -> url.startsWith(page.getKey() + "?")
                                && url.contains(variant))) {
                            problems.add("not in the table: " + page.getKey() + "?" + variant);
                        }
                    }
                }
            }
        }
        for (String servlet : servlets) {
            if (!covered.contains(servlet)) {
                problems.add("not in the table: the servlet " + servlet);
            }
        }

        Tally tally = new Tally();
        Map<String, Map<String, Answer>> observed = new TreeMap<>();
        long started = System.nanoTime();
        for (String caller : callers()) {
            FormClient client = clients.get();
            String username = users.get(caller);
            if (username != null) {
                HttpResponse<String> login = client.logIn(username, PASSWORD);
                assertTrue(login.statusCode() == 302 && !login.headers().firstValue("Location").orElse("")
                        .contains("login"), "logged in as " + caller + ": " + login.headers().map());
            }
            long lastSeen = username == null ? 0 : newestEntry(beans, username);
            for (Map.Entry<String, Map<String, Seen>> row : table.entrySet()) {
                String url = resolve(row.getKey(), ids);
                HttpResponse<String> response = client.get(url);
                tally.calls++;
                Answer answer = judge(url, response, username != null);
                observed.computeIfAbsent(row.getKey(), key -> new LinkedHashMap<>()).put(caller, answer);
                Seen expected = row.getValue().getOrDefault(caller, Seen.REFUSED);
                if (row.getKey().contains("{other")) {
                    tally.otherRecordCalls++;
                }
                String what = row.getKey() + " as " + caller;
                if (answer.seen() != Seen.SHOWN) {
                    for (String secret : secrets) {
                        if (response.body().contains(secret)) {
                            tally.leaks++;
                            problems.add("LEAK: " + what + " (" + answer.seen() + ") shows \"" + secret + "\"");
                        }
                    }
                }
                if (answer.seen() == Seen.NOT_FOUND) {
                    tally.notFound++;
                }
                if (answer.seen() == Seen.REFUSED && username != null) {
                    tally.refusals++;
                    List<AuditEntryView> entries = entriesSince(beans, username, lastSeen);
                    lastSeen = entries.stream().mapToLong(AuditEntryView::position).max().orElse(lastSeen);
                    boolean audited = entries.stream().anyMatch(entry -> entry.outcome() == AuditOutcome.DENIED
                            && names(entry, url));
                    if (audited) {
                        tally.refusalsAudited++;
                    } else {
                        problems.add("refusal not audited (X2): " + what + " (" + answer.how() + "); entries since: "
                                + entries.stream().map(entry -> entry.action() + " " + entry.outcome() + " "
                                        + entry.recordType() + " " + entry.recordId() + " " + entry.detail())
                                        .toList());
                    }
                }

                if (answer.seen() != expected) {
                    if (answer.seen() == Seen.SHOWN) {
                        tally.wrongAllows++;
                        problems.add("WRONG ALLOW: " + what + " was shown (expected " + expected + ")");
                    } else if (expected == Seen.SHOWN && answer.seen() != Seen.WRONG) {
                        tally.wrongRefusals++;
                        problems.add("wrong refusal: " + what + " " + answer.seen() + " (" + answer.how() + ")");
                    } else {
                        tally.otherDifferences++;
                        problems.add("otherwise: " + what + " " + answer.seen() + " (" + answer.how()
                                + "), expected " + expected);
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        ReliabilityReport.write(root.resolve("docs/reliability.md"), "authorization-matrix-pages",
                "Access: the authorization matrix of the pages",
                "`PageMatrixSystemIT` (Payara Server, the EAR as built, PostgreSQL): every page of the web module"
                        + " (its `.xhtml` outside `WEB-INF` and `resources`, read from the WAR) and every servlet URL"
                        + " it maps, opened over HTTP as anonymous and as each role, with one's own records' ids,"
                        + " another hiring manager's campaign and application, another handler's complaint and HR"
                        + " case, another member of staff's file, an id naming nothing and one that is not a number;"
                        + " the expected outcomes are the test's table (`PageMatrix.TABLE`). A refusal is the login"
                        + " redirect for anonymous, the \"not allowed\" page or the page's refusal in a sentence for"
                        + " a signed-in user, and must not show the fixtures' names; each refusal of a signed-in user"
                        + " must leave a DENIED entry naming the user and the page or record.",
                List.of(new ReliabilityReport.Figure("pages found in the web module", "every one",
                                Integer.toString(pages.size())),
                        new ReliabilityReport.Figure("servlet URLs found", "every one",
                                Integer.toString(servlets.size())),
                        new ReliabilityReport.Figure("pages and servlets in the table", "every one",
                                (pages.size() + servlets.size() - missing(pages, servlets, covered)) + " of "
                                        + (pages.size() + servlets.size())),
                        new ReliabilityReport.Figure("URLs (pages with their ids)", "—",
                                Integer.toString(table.size())),
                        new ReliabilityReport.Figure("callers (anonymous and each role)", "every one",
                                Integer.toString(callers().size())),
                        new ReliabilityReport.Figure("calls in all", "—", Integer.toString(tally.calls)),
                        new ReliabilityReport.Figure("calls with another's campaign, application, complaint, HR case"
                                + " or staff file", "—", Integer.toString(tally.otherRecordCalls)),
                        new ReliabilityReport.Figure("seconds of calls", "under 60",
                                String.format(java.util.Locale.ROOT, "%.0f", seconds)),
                        new ReliabilityReport.Figure("wrong allows", "0", Integer.toString(tally.wrongAllows)),
                        new ReliabilityReport.Figure("wrong refusals", "0", Integer.toString(tally.wrongRefusals)),
                        new ReliabilityReport.Figure("other differences from the table (error pages, wrong redirects)",
                                "0", Integer.toString(tally.otherDifferences)),
                        new ReliabilityReport.Figure("refused or not-found answers showing a fixture's name", "0",
                                Integer.toString(tally.leaks)),
                        new ReliabilityReport.Figure("refusals of a signed-in user audited (naming the page or"
                                + " record)", "100%", tally.refusalsAudited + " of " + tally.refusals),
                        new ReliabilityReport.Figure("refusals unaudited", "0",
                                Integer.toString(tally.refusals - tally.refusalsAudited))));

        assertTrue(problems.isEmpty(), problems.size() + " differences from the table (" + tally.wrongAllows
                + " wrong allows, " + tally.wrongRefusals + " wrong refusals, "
                + (tally.refusals - tally.refusalsAudited) + " refusals unaudited):\n" + String.join("\n", problems)
                + "\n\nThe rows as observed:\n" + format(observed));
    }

    private static int missing(Map<String, List<String>> pages, List<String> servlets, Set<String> covered) {
        return (int) (pages.keySet().stream().filter(page -> !covered.contains(page)).count()
                + servlets.stream().filter(servlet -> !covered.contains(servlet)).count());
    }

    /**
     * How the answer came out. Signed in, a 403 must carry the "not allowed" sentence; a page's own refusal is its
     * error message; the error and "not allowed" pages opened as such are shown.
     */
    static Answer judge(String url, HttpResponse<String> response, boolean signedIn) {
        int status = response.statusCode();
        String body = response.body();
        String path = url.replaceFirst("\\?.*", "");
        String location = response.headers().firstValue("Location").orElse("");
        if (!path.endsWith(".xhtml") && (status == 405 || location.contains("/login.xhtml"))) {
            return new Answer(Seen.NOT_FOUND, status == 405 ? "405, served to a POST only"
                    : "redirect to the login page (a POST is what it serves)");
        }
        if (status == 302 || status == 303) {
            if (location.contains("/login.xhtml")) {
                return new Answer(signedIn ? Seen.WRONG : Seen.REFUSED, "redirect to the login page");
            }
            if (location.endsWith("/denied.xhtml")) {
                return new Answer(Seen.REFUSED, "redirect to the \"not allowed\" page");
            }
            return new Answer(Seen.WRONG, "redirect to " + location);
        }
        if (body.contains("id=\"error-reference\"") && !(path.equals("/error.xhtml") && status == 200)) {
            return status == 404 && body.contains("There is no such page.")
                    ? new Answer(Seen.NOT_FOUND, "404, \"There is no such page.\"")
                    : new Answer(Seen.WRONG, status + ", the error page");
        }
        if (status == 403) {
            return body.contains(NOT_ALLOWED) ? new Answer(Seen.REFUSED, "403, \"" + NOT_ALLOWED + "\"")
                    : new Answer(Seen.WRONG, "403 without the sentence");
        }
        if (status != 200) {
            return new Answer(Seen.WRONG, Integer.toString(status));
        }
        if (body.contains("Exception") && body.contains("\tat ")) {
            return new Answer(Seen.WRONG, "a stack trace");
        }
        List<String> errors = new ArrayList<>();
        Matcher error = ERROR_MESSAGE.matcher(body);
        while (error.find()) {
            errors.add(PageForms.unescape(error.group(1)).strip());
        }
        if (errors.stream().anyMatch(message -> NOT_FOUND.matcher(message).find())) {
            return new Answer(Seen.NOT_FOUND, "\"" + String.join(" ", errors) + "\"");
        }
        if (!errors.isEmpty()) {
            return new Answer(Seen.REFUSED, "\"" + String.join(" ", errors) + "\"");
        }
        return new Answer(Seen.SHOWN, "200");
    }

    /** Whether the entry names the page of {@code url} or a record its query names. */
    private static boolean names(AuditEntryView entry, String url) {
        String path = url.replaceFirst("\\?.*", "");
        if (entry.detail() != null && entry.detail().contains(path)) {
            return true;
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            String value = URLDecoder.decode(pair.replaceFirst("^[^=]*=", ""), StandardCharsets.UTF_8);
            if (value.equals(entry.recordId()) || (entry.subjectId() != null
                    && value.equals(entry.subjectId().toString()))) {
                return true;
            }
        }
        return false;
    }

    private static long newestEntry(Beans beans, String username) throws Exception {
        List<AuditEntryView> rows = Callers.as(Role.DPM, () -> beans.audit().search(new AuditQuery(
                new AuditFilter(null, username, null, null, null, null, null), 0, 1))).rows();
        return rows.isEmpty() ? 0 : rows.get(0).position();
    }

    private static List<AuditEntryView> entriesSince(Beans beans, String username, long position) throws Exception {
        return Callers.as(Role.DPM, () -> beans.audit().search(new AuditQuery(
                new AuditFilter(null, username, null, null, null, null, null), 0, 100))).rows().stream()
                .filter(entry -> entry.position() > position).toList();
    }

    /** A signed-in account for every role, opened as the administrator opens one and confirmed by the DPM. */
    private static Map<String, String> accounts(Beans beans) throws Exception {
        Map<String, String> users = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            String username = unique("page." + role.name().toLowerCase().replace('_', '-') + ".");
            TestAccounts.open(beans.accounts(), beans.confirmations(), username, PASSWORD, role);
            users.put(role.name(), username);
        }
        org.custos.testsupport.TestAccounts.ensure(beans.database(), OTHER_MANAGER, Role.HIRING_MANAGER);
        org.custos.testsupport.TestAccounts.ensure(beans.database(), OTHER_HANDLER, Role.HR);
        return users;
    }

    /**
     * The records the URLs name: a person with a staff file linked to the member of staff's account, a campaign of
     * the hiring manager's with an application, a complaint handled by the HR and DPM users, an HR case handled by the
     * HR user; the same of another person for another manager and handler, with a staff file no account is linked
     * to; an organisation, a rights request, an approval, a breach and a notice. Their names are the secrets a
     * refusal must not show.
     */
    private static void fixtures(Beans beans, Map<String, String> users, Map<String, String> ids, Set<String> secrets)
            throws Exception {
        String ownFamily = unique("Pagemine");
        String otherFamily = unique("Pageother");
        SubjectDetails person = aPerson().named("Wilhelmina", ownFamily).born(LocalDate.of(1984, 5, 17))
                .as(SubjectCategory.STAFF).registeredIn(beans.register());
        SubjectDetails other = aPerson().named("Bartholomew", otherFamily).born(LocalDate.of(1977, 9, 3))
                .as(SubjectCategory.STAFF).registeredIn(beans.register());
        secrets.addAll(List.of(ownFamily, otherFamily, "Wilhelmina", "Bartholomew"));

        String campaignTitle = unique("Pagecampaign ");
        String otherCampaignTitle = unique("Pageothercampaign ");
        secrets.addAll(List.of(campaignTitle, otherCampaignTitle));
        long campaign = campaignOf(beans, campaignTitle, users.get(Role.HIRING_MANAGER.name()));
        long otherCampaign = campaignOf(beans, otherCampaignTitle, OTHER_MANAGER);
        ids.put("person", Long.toString(person.id()));
        ids.put("otherPerson", Long.toString(other.id()));
        ids.put("campaign", Long.toString(campaign));
        ids.put("otherCampaign", Long.toString(otherCampaign));
        ids.put("application", Long.toString(applicationIn(beans, campaign, person.id())));
        ids.put("otherApplication", Long.toString(applicationIn(beans, otherCampaign, other.id())));
        ids.put("complaint", Long.toString(complaintHandledBy(beans, person.id(), users.get(Role.HR.name()),
                users.get(Role.DPM.name()))));
        ids.put("otherComplaint", Long.toString(complaintHandledBy(beans, other.id(), OTHER_HANDLER)));
        long staffFile = staffFileOf(beans, person.id());
        long otherStaffFile = staffFileOf(beans, other.id());
        ids.put("staffFile", Long.toString(staffFile));
        ids.put("otherStaffFile", Long.toString(otherStaffFile));
        ids.put("case", Long.toString(caseHandledBy(beans, staffFile, users.get(Role.HR.name()))));
        ids.put("otherCase", Long.toString(caseHandledBy(beans, otherStaffFile, OTHER_HANDLER)));
        Callers.as(Role.HR, () -> beans.staffAccounts().link(staffFile, users.get(Role.STAFF.name())));
        ids.put("organisation", Long.toString(Callers.as(Role.HR, () -> beans.organisations().create(
                new OrganisationDetailsForm(unique("Pagematrix Ltd "), Set.of(OrganisationKind.SUPPLIER), null, null,
                        null, null, null, RelationshipStatus.values()[0], null))).id()));
        ids.put("request", Long.toString(Requests.anAccessRequestFrom(person.id()).loggedIn(beans.rightsRequests())
                .id()));
        long purpose = Long.parseLong(Sql.column(beans.database(), "select min(id) from prot_purpose").get(0));
        ids.put("purpose", Long.toString(purpose));
        ids.put("approval", Long.toString(anApprovedHealthRecordFor(other.id()).forPurpose(purpose)
                .saying("Pagematrix: a health note").recordedThrough(beans.approvals(), beans.sensitive())
                .approval().id()));
        ids.put("breach", Long.toString(Callers.as(Role.DPM, () -> beans.breaches().log(aLostLaptop(
                unique("Pagematrix breach "), LocalDateTime.now().minusDays(1), BreachLikelihood.values()[0],
                BreachSeverity.values()[0], Set.of(person.id())))).id()));
        NoticeView notice = Callers.as(Role.DPM, () -> beans.notices().add(new NoticeForm(NoticeAudience.values()[0],
                unique("Pagematrix notice "))));
        ids.put("notice", Long.toString(notice.id()));
        ids.put("noticeVersion", notice.versions().isEmpty() ? MISSING
                : Long.toString(notice.versions().get(0).id()));
        ids.put("missing", MISSING);
    }

    private static long campaignOf(Beans beans, String title, String manager) throws Exception {
        return Callers.as(Role.HR, () -> beans.campaigns().open(new CampaignForm(title, "Analyst", LocalDate.now(),
                LocalDate.now().plusDays(30), Set.of(manager)))).id();
    }

    private static long staffFileOf(Beans beans, long subject) throws Exception {
        return Callers.as(Role.HR, () -> beans.staffFiles().open(new OpenStaffFileForm(ChosenPerson.known(subject),
                EngagementType.values()[0], "Analyst", LocalDate.now().minusYears(1)))).id();
    }

    private static long caseHandledBy(Beans beans, long staffFile, String handler) throws Exception {
        return Callers.as(Role.HR, () -> beans.hrCases().open(new HrCaseForm(staffFile, HrCaseKind.GRIEVANCE,
                LocalDate.now(), "A case for the page matrix.", Set.of(handler), null))).summary().caseId();
    }

    private static long applicationIn(Beans beans, long campaign, long subject) throws Exception {
        return Callers.as(Role.HR, () -> beans.applications().receive(new ApplicationForm(campaign,
                ChosenPerson.known(subject), ApplicationSource.DIRECT, null, LocalDate.now()))).id();
    }

    private static long complaintHandledBy(Beans beans, long subject, String... handlers) throws Exception {
        return Callers.as(Role.HR, () -> beans.complaints().log(new ComplaintForm(ChosenPerson.known(subject),
                LocalDate.now(), ComplaintChannel.EMAIL, ComplaintKind.DATA_PROTECTION, ComplaintAbout.SERVICE,
                "The page matrix", List.of(), "A complaint for the page matrix.", false, null, null,
                Set.of(handlers)))).id();
    }

    private static String resolve(String url, Map<String, String> ids) {
        Matcher placeholder = Pattern.compile("\\{(\\w+)\\}").matcher(url);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String id = ids.get(placeholder.group(1));
            if (id == null) {
                throw new IllegalStateException("No fixture for " + placeholder.group() + " in " + url);
            }
            placeholder.appendReplacement(resolved, id);
        }
        return placeholder.appendTail(resolved).toString();
    }

    /** Anonymous, then every role. */
    private static List<String> callers() {
        List<String> callers = new ArrayList<>();
        callers.add(ANONYMOUS);
        EnumSet.allOf(Role.class).forEach(role -> callers.add(role.name()));
        return callers;
    }

    /** The pages of the web module, each with its view parameters. */
    private static Map<String, List<String>> pages() {
        Map<String, List<String>> pages = new TreeMap<>();
        for (String line : resourceLines(PAGES)) {
            String[] parts = line.split(" ", 2);
            pages.put(parts[0], parts.length < 2 || parts[1].isBlank() ? List.of() : List.of(parts[1].split(",")));
        }
        return pages;
    }

    private static List<String> resourceLines(String resource) {
        return Arrays.stream(text(PageMatrix.class.getResourceAsStream("/" + resource)).split("\n"))
                .filter(line -> !line.isBlank()).toList();
    }

    static Map<String, Map<String, Seen>> parse(String table) {
        Map<String, Map<String, Seen>> rows = new LinkedHashMap<>();
        for (String line : table.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] words = line.strip().split("\\s+");
            Map<String, Seen> callers = new HashMap<>();
            for (String word : Arrays.asList(words).subList(1, words.length)) {
                if (!word.equals("-")) {
                    callers.put(word.replaceFirst("^#", ""), word.startsWith("#") ? Seen.NOT_FOUND : Seen.SHOWN);
                }
            }
            if (rows.put(words[0], callers) != null) {
                throw new IllegalStateException("Two rows for " + words[0]);
            }
        }
        return rows;
    }

    private static String format(Map<String, Map<String, Answer>> observed) {
        StringBuilder rows = new StringBuilder();
        observed.forEach((url, answers) -> {
            List<String> words = new ArrayList<>();
            List<String> how = new ArrayList<>();
            answers.forEach((caller, answer) -> {
                if (answer.seen() == Seen.SHOWN) {
                    words.add(caller);
                } else if (answer.seen() == Seen.NOT_FOUND) {
                    words.add("#" + caller);
                } else if (answer.seen() == Seen.WRONG) {
                    words.add("!" + caller);
                }
                if (answer.seen() != Seen.SHOWN) {
                    how.add(caller + ": " + answer.how());
                }
            });
            rows.append(String.format("%-58s %s", url, words.isEmpty() ? "-" : String.join(" ", words)).stripTrailing())
                    .append("    // ").append(String.join("; ", how)).append('\n');
        });
        return rows.toString();
    }
}

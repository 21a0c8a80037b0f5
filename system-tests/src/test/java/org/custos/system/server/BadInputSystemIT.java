package org.custos.system.server;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.protection.testsupport.Requests.anAccessRequestFrom;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.recruitment.api.CampaignForm;
import org.custos.recruitment.api.Campaigns;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.AccountView;
import org.custos.testsupport.Callers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input (issue 20): every form of every page, as each role that may use it, takes generated bad inputs through
 * real JSF postbacks and Ajax on the EAR on Payara Server ({@link BadInputRun}, {@link BadInputs}): 0 HTTP 500, 0
 * error pages, 0 generated markup shown unescaped, 0 SQL errors in the server's log, and a form that refuses still
 * holds what was typed.
 * <p>
 * Only in the profile {@code fuzz} (README, "Test"): {@code custos.bad.inputs} = 1,000 inputs per form and button
 * (10 for a smoke). The accounts and a few records to open are made inside the server; the inputs are
 * posted from outside it (the test JVM, which reads the domain's log). The figures go to
 * {@code target/bad-input-figures-1000.txt} and {@code docs/reliability.md} ("Bad input").
 */
@Dependent
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputSystemIT {

    private static final String PASSWORD = "thistle-harbour-9274";
    private static final Set<Role> ROLES = Set.of(Role.ADMIN, Role.DPM, Role.HR, Role.HIRING_MANAGER, Role.FINANCE,
            Role.STAFF);

    static final List<Class<?>> PROBE = List.of(BadInputSystemIT.class, TestAccounts.class, FormClient.class,
            BadInputRun.class, PageForms.class, ServerLog.class);

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
    RightsRequests requests;

    @EJB
    Campaigns campaigns;

    @Test
    @Order(1)
    void eachRoleHasAnAccountAndThereAreRecordsToOpen() throws Exception {
        openAccountsAndRecords();
    }

    @Test
    @Order(2)
    @RunAsClient
    void everyFormTakesGeneratedBadInputsWithoutAnErrorUnescapedOutputOrLostInput() throws Exception {
        postBadInputsToEveryForm(Integer.getInteger("custos.bad.inputs", 10), Boolean.getBoolean("custos.bad.docs"));
    }

    /** Inside the server: an account for each role, and records to open whose stored values are markup. */
    void openAccountsAndRecords() throws Exception {
        Set<String> opened = Callers.as(Role.ADMIN, accounts::accounts).stream().map(AccountView::username)
                .collect(Collectors.toSet());
        for (Role role : ROLES) {
            if (!opened.contains(username(role))) {
                TestAccounts.open(accounts, confirmations, username(role), PASSWORD, role);
            }
        }
        // a record whose stored name is markup: every page showing it must escape it
        SubjectDetails person = aPerson().named("<custosfz>Ada", unique("Fuzz'; --")).born(LocalDate.of(1980, 2, 29))
                .as(SubjectCategory.STAFF).registeredIn(register);
        anAccessRequestFrom(person.id()).loggedIn(requests);
        Callers.as(Role.HR, () -> campaigns.open(new CampaignForm(unique("<custosfz> Payroll"), "Payroll officer",
                LocalDate.now(), LocalDate.now().plusDays(30), Set.of())));
    }

    /**
     * From outside the server: {@code inputs} generated inputs to every form and button, shared among the roles using
     * it; the figures written into docs/reliability.md if asked.
     */
    static void postBadInputsToEveryForm(int inputs, boolean docs) throws Exception {
        long seed = Long.getLong("custos.bad.seed", 20261207L);
        Map<String, String> users = new LinkedHashMap<>();
        ROLES.stream().sorted().forEach(role -> users.put(role.name(), username(role)));
        var figures = new BadInputRun(System.getProperty("custos.test.base.url"), users, PASSWORD, inputs, seed,
                Long.getLong("custos.bad.minutes", 600)).run(Integer.getInteger("custos.bad.threads", 4));
        // lone surrogates (inputs the run drew) as '?': the file and the console take only what UTF-8 can carry
        String report = new String(figures.report(inputs, seed).getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        Path figuresFile = Path.of(System.getProperty("java.io.tmpdir"), "bad-input-figures-" + inputs + ".txt");
        Files.writeString(figuresFile, report);
        System.out.println(report);
        if (docs) {
            writeSection(figures.section(inputs, seed, LocalDate.now().toString()));
        }

        assertTrue(figures.targets() > 20, "the catalogue found the forms: " + figures.catalogue().keySet());
        assertTrue(figures.minimumInputsPerForm() >= inputs, "every form took its inputs");
        assertEquals(0, figures.http500(), "HTTP 500s:\n" + figures.problems("500"));
        assertEquals(0, figures.errorPages(), "error pages:\n" + figures.problems("error page"));
        assertEquals(0, figures.unescaped(), "unescaped markup:\n" + figures.problems("unescaped"));
        assertEquals(0, figures.sqlErrors(), "SQL errors in the log:\n" + String.join("\n", figures.sqlErrorLines()));
        assertEquals(0, figures.lostInput(), "input lost on a refusal:\n" + figures.problems("lost input"));
    }

    /** Writes the figures into docs/reliability.md between this test's markers, creating the file if absent. */
    private static void writeSection(String section) throws java.io.IOException {
        Path file = Path.of(System.getProperty("custos.root", ".."), "docs", "reliability.md");
        String text = Files.exists(file) ? Files.readString(file) : "# Reliability\n\nThe figures of the reliability and"
                + " security suite (issue 20), each written by the test that measures it, between its markers.\n";
        String begin = "<!-- bad-input:begin (written by the test; edit outside these lines) -->\n";
        String end = "<!-- bad-input:end -->\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        String marked = begin + section + end;
        text = from >= 0 && to > from ? text.substring(0, from) + marked + text.substring(to + end.length())
                : text + "\n" + marked;
        Files.writeString(file, text);
    }

    private static String username(Role role) {
        return "badinput." + role.name().toLowerCase().replace('_', '-');
    }
}

package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.BasicAttribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.ModificationItem;
import javax.sql.DataSource;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountChangeRequest;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.AccountView;
import org.custos.security.api.Authentication;
import org.custos.security.api.LoginResult;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestAccounts;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login through the organisation's directory (issue 21) on Payara Micro, against the in-memory {@link TestDirectory}
 * of the test JVM: accounts are made at the first login, their roles follow the directory groups as configured, and
 * roles that see personal data still wait for the DPM (X6).
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryLoginIT {

    private static final String NINA_PASSWORD = "nina's directory password 1";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return SecurityDeployment.war();
    }

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Inject
    Authentication authentication;

    @Inject
    AccountAdministration accounts;

    @Inject
    AccountConfirmations confirmations;

    private LoginResult login(String username, String password) {
        return authentication.login(username, password, null, "192.0.2." + ADDRESSES.incrementAndGet());
    }

    private AccountView account(String username) throws Exception {
        return Callers.as(Role.ADMIN, accounts::accounts).stream().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow();
    }

    @Test
    void aDirectoryUserWhoseGroupsGiveNoRoleGetsAnAccountWithNoRoleAtTheFirstLogin() throws Exception {
        LoginResult.Accepted bob = assertInstanceOf(LoginResult.Accepted.class,
                login("Bob.New", "bob's directory password 2"));
        assertEquals("bob.new", bob.username());
        assertEquals("Bob Newman", bob.displayName());
        assertTrue(bob.roles().isEmpty());
        assertEquals(List.of("true null"), Sql.column(database, "select directory || ' ' || coalesce(password_hash,"
                + " 'null') from sec_account where username = 'bob.new'"));
        assertTrue(account("bob.new").directory());
        assertEquals(List.of("ACCOUNT_CREATED", "LOGIN"), Sql.column(database, "select action from sec_audit_entry"
                + " where actor = 'bob.new' order by position limit 2"));
        assertInstanceOf(LoginResult.Accepted.class, login("bob.new", "bob's directory password 2"));
        assertEquals(List.of("1"), Sql.column(database,
                "select count(*) from sec_account where username = 'bob.new'"), "made once");
    }

    @Test
    void rolesThatSeePersonalDataFromTheDirectoryGroupsWaitForTheDpmAndGoWithTheGroup_X6() throws Exception {
        TestAccounts.ensure(database, Callers.principal(Role.DPM), Role.DPM);
        LoginResult.Accepted first = assertInstanceOf(LoginResult.Accepted.class, login("nina.hr", NINA_PASSWORD));
        assertTrue(first.roles().isEmpty(), "HR waits for the DPM");
        long id = account("nina.hr").id();
        AccountChangeRequest asked = OpenedAccounts.waitingFor(confirmations, id);
        assertEquals(DirectoryAccounts.ASKED_BY, asked.requestedBy());
        assertEquals(Set.of(Role.HR), asked.rolesWanted());

        assertTrue(assertInstanceOf(LoginResult.Accepted.class, login("nina.hr", NINA_PASSWORD)).roles().isEmpty());
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from sec_account_change where account_id = ?",
                id), "asked once, not again at each login");

        OpenedAccounts.confirmedByTheDpm(confirmations, id);
        assertEquals(Set.of(Role.HR),
                assertInstanceOf(LoginResult.Accepted.class, login("nina.hr", NINA_PASSWORD)).roles());
        assertEquals("nina.patel@example.org", account("nina.hr").email());

        String member = "uid=nina.hr,ou=people," + TestDirectory.BASE;
        changeMembership(DirContext.REMOVE_ATTRIBUTE, member);
        try {
            assertTrue(assertInstanceOf(LoginResult.Accepted.class, login("nina.hr", NINA_PASSWORD)).roles()
                    .isEmpty(), "out of the group, out of the role");
        } finally {
            changeMembership(DirContext.ADD_ATTRIBUTE, member);
        }
    }

    @Test
    void aRoleThatSeesNoPersonalDataComesWithTheGroupAtOnceWhereverTheDirectoryKeepsIt() {
        LoginResult.Accepted ada = assertInstanceOf(LoginResult.Accepted.class,
                login("ada.admin", "ada's directory password 3"));
        assertEquals(Set.of(Role.ADMIN), ada.roles());
        assertTrue(ada.secondFactorDue(), "the administrator's second factor is required here, as for any");
    }

    @Test
    void theAdministratorCannotChangeADirectoryAccountsRolesOrPasswordTheDirectoryDoes_X6() throws Exception {
        login("bob.new", "bob's directory password 2");
        AccountView bob = account("bob.new");
        RequestRefused roles = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.ADMIN, () -> accounts.changeRoles(bob.id(), bob.version(), Set.of(Role.HR))));
        assertEquals("bob.new signs in through the organisation's directory, whose groups decide their roles at each "
                + "login: change their groups there.", roles.getMessage());
        RequestRefused password = assertThrows(RequestRefused.class, () -> Callers.as(Role.ADMIN,
                () -> accounts.resetPassword(bob.id(), "a password of our own 42")));
        assertEquals("bob.new signs in with their password of the organisation's directory: it is changed there.",
                password.getMessage());
    }

    @Test
    void aWrongDirectoryPasswordAnEmptyOneOrAnUnknownNameIsRefusedAndMakesNoAccount() throws Exception {
        assertInstanceOf(LoginResult.Refused.class, login("nina.hr", "bob's directory password 2"));
        assertInstanceOf(LoginResult.Refused.class, login("nina.hr", ""));
        assertInstanceOf(LoginResult.Refused.class, login("nobody.here", NINA_PASSWORD));
        assertEquals(List.of("0"), Sql.column(database,
                "select count(*) from sec_account where username = 'nobody.here'"));
    }

    @Test
    void aDisabledDirectoryAccountCannotLogInWhateverTheDirectorySays() throws Exception {
        LoginResult.Accepted bob = assertInstanceOf(LoginResult.Accepted.class,
                login("bob.new", "bob's directory password 2"));
        AccountView account = account(bob.username());
        Callers.as(Role.ADMIN, () -> accounts.disable(account.id()));
        try {
            assertInstanceOf(LoginResult.Refused.class, login("bob.new", "bob's directory password 2"));
        } finally {
            Callers.as(Role.ADMIN, () -> accounts.enable(account.id()));
        }
    }

    /** Adds the member to the HR group, or removes them, as the directory's administrator. */
    private static void changeMembership(int operation, String member) throws NamingException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, ConfigProvider.getConfig().getValue("custos.ldap.url", String.class));
        environment.put(Context.SECURITY_AUTHENTICATION, "simple");
        environment.put(Context.SECURITY_PRINCIPAL, TestDirectory.MANAGER);
        environment.put(Context.SECURITY_CREDENTIALS, TestDirectory.MANAGER_PASSWORD);
        DirContext directory = new InitialDirContext(environment);
        try {
            directory.modifyAttributes(TestDirectory.HR_GROUP,
                    new ModificationItem[] {new ModificationItem(operation, new BasicAttribute("member", member))});
        } finally {
            directory.close();
        }
    }
}

package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custos.domain.crypto.AlteredValue;
import org.custos.domain.shared.ClientScope;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountChange;
import org.custos.security.api.AccountChangeRequest;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.AccountView;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditEvent;
import org.custos.security.api.AuditExport;
import org.custos.security.api.AuditFilter;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditQuery;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.Authentication;
import org.custos.security.api.ChainVerification;
import org.custos.security.api.ClientCheck;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DataKeyRotation;
import org.custos.security.api.IntakeTokenForm;
import org.custos.security.api.IntakeTokenView;
import org.custos.security.api.IntakeTokens;
import org.custos.security.api.IssuedToken;
import org.custos.security.api.LoginResult;
import org.custos.security.api.NewAccount;
import org.custos.security.api.OwnAccount;
import org.custos.security.api.InvalidArguments;
import org.custos.security.api.ReminderDirectory;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.RotationProgress;
import org.custos.security.api.SecondFactorSetup;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.Failures;
import org.custos.testsupport.Sql;
import org.custos.testsupport.UnboundCiphertext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The security context alone on Payara Micro, with only its declared dependencies, on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class SecurityContextIT {

    private static final String PASSWORD = "amber-kettle-9-larch";
    /** How a value encrypted under a data key and bound to its table, column and row is stored (X3). */
    private static final String BOUND_CIPHERTEXT = "[A-Za-z0-9_-]+\\+row:[A-Za-z0-9+/=]+";
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** The audit checkpoint goes where configured: a file outside the data directory here. */
    static final String CHECKPOINT_FILE = "custos.audit.checkpoint.file";

    @Deployment
    static WebArchive deployment() {
        return SecurityDeployment.war();
    }

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Inject
    AccountAdministration accounts;

    @Inject
    Authentication authentication;

    @Inject
    AuditTrail audit;

    @Inject
    DataKeyRotation rotation;

    @Inject
    SensitiveRecordWriter sensitive;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditKey auditKey;

    @Inject
    AccountConfirmations confirmations;

    @Inject
    OwnAccount own;

    @Inject
    ReminderDirectory reminderDirectory;

    @Inject
    IntakeTokens intakeTokens;

    /** An account holding the roles: opened by the administrator and, where a DPM must, confirmed by the DPM. */
    private AccountView anAccount(Role... roles) throws Exception {
        return anAccount("user" + NAMES.incrementAndGet() + "." + System.nanoTime() % 100_000, roles);
    }

    private AccountView anAccount(String name, Role... roles) throws Exception {
        return OpenedAccounts.open(accounts, confirmations, new NewAccount(name, "Sam Jones", PASSWORD,
                Set.of(roles)));
    }

    private AccountChangeRequest waitingFor(long accountId) throws Exception {
        return OpenedAccounts.waitingFor(confirmations, accountId);
    }

    /** A DPM is active, so that roles seeing personal data wait for the DPM's confirmation from now on. */
    private void aDpmIsActive() throws Exception {
        anAccount(Role.DPM);
    }

    /** A client address of its own, so that failures counted per address stay in one test. */
    private static String anAddress() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }

    private LoginResult login(String name, String password) {
        return authentication.login(name, password, null, anAddress());
    }

    private LoginResult login(String name, String password, String address) {
        return authentication.login(name, password, null, address);
    }

    private List<String> activeHoldersOf(Role role) throws SQLException {
        return Sql.column(database, "select a.username from sec_account a join sec_account_role r"
                + " on r.account_id = a.id where r.role = ? and a.enabled order by a.username", role.name());
    }

    private AccountView account(String username) throws Exception {
        return Callers.as(Role.ADMIN, accounts::accounts).stream()
                .filter(account -> account.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void theSchemaIsMigratedAtDeploymentWithTheUsualPurposes_L1() throws SQLException {
        assertEquals(List.of("8"), Sql.column(database, "select count(*) from prot_purpose"));
    }

    @Test
    void theFirstAdministratorComesFromConfiguration() throws SQLException {
        assertEquals(List.of(ContextDeployment.ADMIN_USER + " ADMIN"), Sql.column(database,
                "select a.username || ' ' || r.role from sec_account a join sec_account_role r on r.account_id = a.id"
                        + " where a.username = ?", ContextDeployment.ADMIN_USER));
    }

    @Test
    void anAccountOpenedByTheAdministratorLogsInWithItsRolesAndTheNameItShows_X1() throws Exception {
        AccountView hr = anAccount(Role.HR, Role.HIRING_MANAGER);
        LoginResult result = login(hr.username().toUpperCase(), PASSWORD);
        LoginResult.Accepted accepted = assertInstanceOf(LoginResult.Accepted.class, result);
        assertEquals(Set.of(Role.HR, Role.HIRING_MANAGER), accepted.roles());
        assertEquals("Sam Jones", accepted.displayName(), "the name \"Signed in as\" shows");
        assertTrue(Sql.column(database, "select password_hash from sec_account where username = ?", hr.username())
                .get(0).startsWith("PBKDF2WithHmacSHA512:210000:"));
    }

    @Test
    void onlyTheAdministratorManagesAccounts_X1() {
        for (Role role : List.of(Role.HR, Role.DPM, Role.HIRING_MANAGER, Role.STAFF)) {
            assertThrows(EJBAccessException.class, () -> Callers.as(role, accounts::accounts), role.name());
        }
        assertThrows(EJBAccessException.class, accounts::accounts);
    }

    @Test
    void shortCommonAndTakenPasswordsOrNamesAreRefusedWithTheReason() throws Exception {
        RequestRefused common = assertThrows(RequestRefused.class, () -> Callers.as(Role.ADMIN,
                () -> accounts.create(new NewAccount("someone.new", "Some One", "qwerty123456", Set.of(Role.HR)))));
        assertEquals("This password is one of the most common passwords; choose another.", common.getMessage());
        AccountView existing = anAccount(Role.HR);
        RequestRefused taken = assertThrows(RequestRefused.class, () -> Callers.as(Role.ADMIN,
                () -> accounts.create(new NewAccount(existing.username(), "Other", PASSWORD, Set.of(Role.DPM)))));
        assertEquals("The user name " + existing.username() + " is already taken.", taken.getMessage());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.ADMIN,
                () -> accounts.resetPassword(existing.id(), "short")));
    }

    @Test
    void fiveFailedLoginsThrottleTheNameWithoutRevealingWhetherItExists_X1() throws Exception {
        AccountView real = anAccount(Role.HR);
        String address = anAddress();
        for (String name : List.of(real.username(), "nobody" + System.nanoTime())) {
            for (int attempt = 1; attempt < 5; attempt++) {
                assertInstanceOf(LoginResult.Refused.class, login(name, "wrong password " + attempt, address));
            }
            assertInstanceOf(LoginResult.Throttled.class, login(name, "wrong password 5", address), name);
            assertInstanceOf(LoginResult.Throttled.class, login(name, PASSWORD, address), name);
        }
        assertEquals(List.of("LOGIN_FAILED DENIED throttled"), Sql.column(database, "select action || ' ' || outcome"
                + " || ' ' || detail from sec_audit_entry where actor = ? and detail is not null", real.username()));
    }

    @Test
    void aNameThrottledFromOneAddressStillLogsInFromAnotherSoNobodyLocksAnAccountOutForEveryone_X1()
            throws Exception {
        AccountView hr = anAccount(Role.HR);
        String typist = anAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(hr.username(), "wrong password " + attempt, typist);
        }
        assertInstanceOf(LoginResult.Throttled.class, login(hr.username(), PASSWORD, typist));
        assertInstanceOf(LoginResult.Accepted.class, login(hr.username(), PASSWORD, anAddress()));
    }

    @Test
    void oneAddressTryingManyNamesIsThrottledWhateverTheName_X1() throws Exception {
        AccountView hr = anAccount(Role.HR);
        String sprayer = anAddress();
        for (int attempt = 1; attempt <= 20; attempt++) {
            login("guess" + attempt + "." + System.nanoTime(), "wrong password", sprayer);
        }
        assertInstanceOf(LoginResult.Throttled.class, login(hr.username(), PASSWORD, sprayer));
        assertInstanceOf(LoginResult.Accepted.class, login(hr.username(), PASSWORD));
    }

    @Test
    void peopleLoggingInAtOnceFromOneAddressAllGetInAndFailuresMadeInParallelAreAllCounted_X1() throws Exception {
        AccountView hr = anAccount(Role.HR);
        String office = anAddress();
        ExecutorService people = Executors.newFixedThreadPool(8);
        try {
            List<Future<LoginResult>> logins = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                logins.add(people.submit(() -> login(hr.username(), PASSWORD, office)));
            }
            for (Future<LoginResult> login : logins) {
                assertInstanceOf(LoginResult.Accepted.class, login.get());
            }
            List<Future<LoginResult>> guesses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String guess = "guess " + i;
                guesses.add(people.submit(() -> login(hr.username(), guess, office)));
            }
            for (Future<LoginResult> guess : guesses) {
                assertInstanceOf(LoginResult.Refused.class, guess.get());
            }
        } finally {
            people.shutdown();
        }
        assertEquals(List.of("4"), Sql.column(database, "select failures from sec_login_throttle"
                + " where throttle_key = ?", "name " + hr.username() + " from " + office));
        assertInstanceOf(LoginResult.Throttled.class, login(hr.username(), "guess 5", office));
    }

    @Test
    void aUserNameTooLongToBeOneIsRefusedLikeAWrongPasswordAndStoredNowhere_X1() throws Exception {
        String address = anAddress();
        String refusals = "select count(*) from sec_audit_entry where actor = 'ANONYMOUS' and action = 'LOGIN_FAILED'"
                + " and detail = 'user name too long'";
        long before = Long.parseLong(Sql.column(database, refusals).get(0));
        assertInstanceOf(LoginResult.Refused.class, login("a".repeat(52_000), "whatever", address));
        assertInstanceOf(LoginResult.Refused.class, login("b".repeat(NewAccount.USERNAME_LENGTH + 1), "x", address));
        assertEquals(List.of("address " + address), Sql.column(database,
                "select throttle_key from sec_login_throttle where throttle_key like ?", "%" + address));
        assertEquals(before + 2, Long.parseLong(Sql.column(database, refusals).get(0)));
    }

    @Test
    void usersChangeTheirOwnPasswordKnowingTheCurrentOneAndTheirOtherSessionsEnd() throws Exception {
        String name = ownAccount();
        LoginResult.Accepted before = (LoginResult.Accepted) login(name, PASSWORD);
        RequestRefused wrong = assertThrows(RequestRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> own.changePassword("not my password", "my own new password 1")));
        assertEquals("Your current password is not right.", wrong.getMessage());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> own.changePassword(PASSWORD, "short")));
        LocalDateTime from = Callers.as(Role.HIRING_MANAGER, () -> own.changePassword(PASSWORD,
                "my own new password 1"));
        assertFalse(authentication.sessionStillValid(name, before.at()), "the other sessions end");
        assertTrue(authentication.sessionStillValid(name, from), "the caller's own goes on");
        assertInstanceOf(LoginResult.Refused.class, login(name, PASSWORD));
        Callers.as(Role.HIRING_MANAGER, () -> own.changePassword("my own new password 1", PASSWORD));
    }

    @Test
    void aPasswordTheAdministratorSetMustBeChangedAtTheNextLogin() throws Exception {
        AccountView hr = anAccount(Role.HR);
        assertFalse(((LoginResult.Accepted) login(hr.username(), PASSWORD)).passwordChangeDue());
        String given = "given by the administrator 7";
        if (Callers.as(Role.ADMIN, () -> accounts.resetPassword(hr.id(), given)).waitingForTheDpm()) {
            OpenedAccounts.confirmedByTheDpm(confirmations, hr.id());
        }
        assertTrue(((LoginResult.Accepted) login(hr.username(), given)).passwordChangeDue());
    }

    @Test
    void withASecondFactorALoginNeedsTheCodeOfTheAppOnceOnlyItsSecretOpensNoOtherAccountAndAResetRemovesIt_X3()
            throws Exception {
        String name = ownAccount();
        SecondFactorSetup setup = Callers.as(Role.HIRING_MANAGER, own::newSecondFactor);
        assertTrue(setup.uri().startsWith("otpauth://totp/"), setup.uri());
        assertTrue(setup.qrCode().startsWith("data:image/png;base64,"));
        long step = System.currentTimeMillis() / 1000 / SecondFactors.STEP_SECONDS;
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> own.enableSecondFactor(setup.secret(), "000000".equals(code(setup, step)) ? "111111" : "000000")));
        assertTrue(Callers.as(Role.HIRING_MANAGER, () -> own.enableSecondFactor(setup.secret(), code(setup, step)))
                .secondFactor());
        assertTrue(Sql.column(database, "select secret from sec_second_factor where account_id = ?",
                account(name).id()).get(0).matches(BOUND_CIPHERTEXT), "encrypted at rest (X3)");

        assertInstanceOf(LoginResult.Refused.class, login(name, PASSWORD), "no code");
        assertInstanceOf(LoginResult.Refused.class, authentication.login(name, PASSWORD, code(setup, step),
                anAddress()), "a code already used");
        assertInstanceOf(LoginResult.Accepted.class, authentication.login(name, PASSWORD, code(setup, step + 1),
                anAddress()));
        AccountView victim = anAccount(Role.HR);
        Sql.execute(database, "insert into sec_second_factor (account_id, version, secret, enabled_at, last_step)"
                + " select ?, 0, secret, enabled_at, 0 from sec_second_factor where account_id = ?", victim.id(),
                account(name).id());
        assertInstanceOf(LoginResult.Refused.class, authentication.login(victim.username(), PASSWORD,
                code(setup, step + 2), anAddress()), "a secret copied from another account opens nothing (X3)");
        Sql.execute(database, "delete from sec_second_factor where account_id = ?", victim.id());

        AccountView account = account(name);
        assertTrue(account.secondFactor());
        if (Callers.as(Role.ADMIN, () -> accounts.resetPassword(account.id(), PASSWORD + " again")).waitingForTheDpm()) {
            OpenedAccounts.confirmedByTheDpm(confirmations, account.id());
        }
        assertFalse(account(name).secondFactor(), "a reset is how a lost authenticator is replaced");
        Callers.as(Role.HIRING_MANAGER, () -> own.changePassword(PASSWORD + " again", PASSWORD));
    }

    @Test
    void theAdministratorAndTheDpmMustSetUpASecondFactorWhenTheSettingSaysSo() throws Exception {
        AccountView dpm = anAccount(Role.DPM);
        AccountView hr = anAccount(Role.HR);
        assertTrue(((LoginResult.Accepted) login(dpm.username(), PASSWORD)).secondFactorDue());
        assertFalse(((LoginResult.Accepted) login(hr.username(), PASSWORD)).secondFactorDue());
    }

    /** The account of the hiring manager the tests call as, with the usual password. */
    private String ownAccount() throws Exception {
        String name = Callers.principal(Role.HIRING_MANAGER);
        if (Sql.column(database, "select count(*) from sec_account where username = ?", name).get(0).equals("0")) {
            anAccount(name, Role.HIRING_MANAGER);
        }
        return name;
    }

    private static String code(SecondFactorSetup setup, long step) throws CodeGenerationException {
        return new DefaultCodeGenerator().generate(setup.secret(), step);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAndLogins_X1() throws Exception {
        AccountView hr = anAccount(Role.HR);
        LoginResult.Accepted session = (LoginResult.Accepted) login(hr.username(), PASSWORD);
        assertTrue(authentication.sessionStillValid(hr.username(), session.at()));
        Callers.as(Role.ADMIN, () -> accounts.disable(hr.id()));
        assertFalse(authentication.sessionStillValid(hr.username(), session.at()));
        assertInstanceOf(LoginResult.Refused.class, login(hr.username(), PASSWORD));
    }

    @Test
    void theAdministratorSetsAnAccountsEmailAddressAndOnlyEnabledAccountsWithOneGetReminders() throws Exception {
        AccountView dpm = anAccount(Role.DPM);
        AccountView other = anAccount(Role.DPM);
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.DPM,
                () -> accounts.changeEmail(dpm.id(), dpm.version(), "dpm@example.org")));
        InvalidArguments notAnAddress = assertThrows(InvalidArguments.class, () -> Callers.as(Role.ADMIN,
                () -> accounts.changeEmail(dpm.id(), dpm.version(), "dpm at example.org")));
        assertEquals("Enter an email address such as name@example.org, or leave it empty.",
                notAnAddress.getConstraintViolations().iterator().next().getMessage());

        AccountChange changed = Callers.as(Role.ADMIN,
                () -> accounts.changeEmail(dpm.id(), dpm.version(), " dpm@example.org "));

        assertEquals("dpm@example.org", changed.account().email());
        assertTrue(reminderDirectory.holding(Role.DPM).contains(new ReminderDirectory.Addressee(dpm.username(),
                dpm.displayName(), "dpm@example.org")));
        assertEquals(List.of(), reminderDirectory.named(List.of(other.username())), "no address, no reminders");
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.ADMIN,
                () -> accounts.changeEmail(dpm.id(), dpm.version(), "")));
        Callers.as(Role.ADMIN, () -> accounts.changeEmail(dpm.id(), changed.account().version(), ""));
        assertEquals(List.of(), reminderDirectory.named(List.of(dpm.username())), "a blank address removes it");
    }

    @Test
    void changingRolesNeedsTheVersionTheAdministratorSaw() throws Exception {
        AccountView hr = anAccount(Role.HR);
        Callers.as(Role.ADMIN, () -> accounts.changeRoles(hr.id(), hr.version(), Set.of(Role.DPM)));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.ADMIN,
                () -> accounts.changeRoles(hr.id(), hr.version(), Set.of(Role.HR))));
    }

    @Test
    void nobodyChangesTheirOwnAccount_X6() throws Exception {
        String self = Callers.principal(Role.ADMIN);
        AccountView own = anAccount(self, Role.HIRING_MANAGER);
        for (Callers.Task change : List.<Callers.Task>of(
                () -> accounts.changeRoles(own.id(), own.version(), Set.of(Role.DPM)),
                () -> accounts.disable(own.id()),
                () -> accounts.resetPassword(own.id(), "a new password of mine"))) {
            RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.ADMIN, change));
            assertTrue(refused.getMessage().startsWith("You cannot change your own account here"),
                    refused.getMessage());
        }
        assertEquals(Set.of(Role.HIRING_MANAGER), account(self).roles());
        assertTrue(account(self).enabled());
    }

    @Test
    void theLastActiveAdministratorAndTheLastActiveDpmCanBeNeitherDisabledNorLoseTheRole_X6() throws Exception {
        AccountView second = anAccount(Role.ADMIN);
        Callers.as(Role.ADMIN, () -> accounts.disable(second.id()));
        for (String other : activeHoldersOf(Role.ADMIN)) {
            if (!other.equals(ContextDeployment.ADMIN_USER)) {
                Callers.as(Role.ADMIN, () -> accounts.disable(account(other).id()));
            }
        }
        AccountView last = account(ContextDeployment.ADMIN_USER);
        RequestRefused disabling = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.ADMIN, () -> accounts.disable(last.id())));
        assertEquals(ContextDeployment.ADMIN_USER + " is the last active administrator: give the role to another "
                + "account first.", disabling.getMessage());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.ADMIN,
                () -> accounts.changeRoles(last.id(), last.version(), Set.of(Role.HIRING_MANAGER))));
        assertEquals(List.of(ContextDeployment.ADMIN_USER), activeHoldersOf(Role.ADMIN));

        Callers.as(Role.ADMIN, () -> accounts.enable(second.id()));
        Callers.as(Role.ADMIN, () -> accounts.disable(last.id()));
        Callers.as(Role.ADMIN, () -> accounts.enable(last.id()));

        aDpmIsActive();
        for (String dpm : activeHoldersOf(Role.DPM).subList(1, activeHoldersOf(Role.DPM).size())) {
            Callers.as(Role.ADMIN, () -> accounts.disable(account(dpm).id()));
        }
        AccountView lastDpm = account(activeHoldersOf(Role.DPM).get(0));
        assertThrows(RequestRefused.class, () -> Callers.as(Role.ADMIN, () -> accounts.disable(lastDpm.id())));
        assertThrows(RequestRefused.class, () -> Callers.as(Role.ADMIN,
                () -> accounts.changeRoles(lastDpm.id(), lastDpm.version(), Set.of(Role.HR))));
        assertEquals(1, activeHoldersOf(Role.DPM).size());
    }

    @Test
    void theMemberOfStaffRoleWaitsForTheDpmsConfirmationForItSeesTheirOwnRecord_X6_A1() throws Exception {
        aDpmIsActive();
        AccountChange opened = Callers.as(Role.ADMIN, () -> accounts.create(new NewAccount(
                "stella." + NAMES.incrementAndGet(), "Stella Marsh", PASSWORD, Set.of(Role.STAFF))));
        assertTrue(opened.waitingForTheDpm());
        assertEquals(Set.of(), opened.account().roles());
        String name = opened.account().username();
        assertEquals(Set.of(), ((LoginResult.Accepted) login(name, PASSWORD)).roles(), "no role before the DPM");
        AccountChangeRequest waiting = waitingFor(opened.account().id());
        Callers.as(Role.DPM, () -> confirmations.confirm(waiting.id(), waiting.version()));
        assertEquals(Set.of(Role.STAFF), ((LoginResult.Accepted) login(name, PASSWORD)).roles());
    }

    @Test
    void rolesSeeingPersonalDataWaitForTheDpmsConfirmationAndTheAuditNamesTheRolesBeforeAndAfter_X6() throws Exception {
        aDpmIsActive();
        AccountChange opened = Callers.as(Role.ADMIN, () -> accounts.create(new NewAccount(
                "harriet." + NAMES.incrementAndGet(), "Harriet Rowe", PASSWORD, Set.of(Role.HR))));
        assertTrue(opened.waitingForTheDpm());
        assertEquals(Set.of(), opened.account().roles());
        assertEquals(Set.of(Role.HR), opened.account().rolesAwaitingConfirmation());
        long id = opened.account().id();
        String name = opened.account().username();
        assertEquals(Set.of(), ((LoginResult.Accepted) login(name, PASSWORD)).roles(),
                "no role before the DPM confirms");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, confirmations::waiting));

        AccountChangeRequest waiting = waitingFor(id);
        assertEquals(Callers.principal(Role.ADMIN), waiting.requestedBy());
        assertEquals(Set.of(Role.HR), waiting.rolesWanted());
        Callers.as(Role.DPM, () -> confirmations.confirm(waiting.id(), waiting.version()));
        assertEquals(Set.of(Role.HR), ((LoginResult.Accepted) login(name, PASSWORD)).roles());

        AccountChange asked = Callers.as(Role.ADMIN, () -> accounts.changeRoles(id, account(name).version(),
                Set.of(Role.HR, Role.DPM)));
        assertTrue(asked.waitingForTheDpm());
        assertEquals(Set.of(Role.HR), account(name).roles());
        AccountChangeRequest dpmAsked = waitingFor(id);
        Callers.as(Role.DPM, () -> confirmations.refuse(dpmAsked.id(), dpmAsked.version()));
        RequestRefused decided = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> confirmations.confirm(dpmAsked.id(), dpmAsked.version())), "a second DPM's stale page");
        assertEquals("This change is no longer waiting: it was confirmed, refused or replaced.", decided.getMessage());
        assertEquals(Set.of(Role.HR), account(name).roles());
        assertEquals(Set.of(), account(name).rolesAwaitingConfirmation());

        String newPassword = "a fresh start 2026";
        assertTrue(Callers.as(Role.ADMIN, () -> accounts.resetPassword(id, newPassword)).waitingForTheDpm());
        assertInstanceOf(LoginResult.Refused.class, login(name, newPassword));
        OpenedAccounts.confirmedByTheDpm(confirmations, id);
        assertInstanceOf(LoginResult.Accepted.class, login(name, newPassword));

        assertEquals(List.of(
                "ACCOUNT_CREATED account " + name + "; roles before: none; after: none; asked: HR, waiting for the DPM",
                "ACCOUNT_CHANGE_CONFIRMED account " + name + "; roles before: none; after: HR",
                "ACCOUNT_ROLES_CHANGED account " + name + "; roles before: HR; after: HR; asked: DPM,HR, waiting for "
                        + "the DPM",
                "ACCOUNT_CHANGE_REFUSED account " + name + "; roles before: HR; after: HR; asked: DPM,HR, refused by "
                        + "the DPM",
                "PASSWORD_RESET account " + name + "; roles before: HR; after: HR; asked: HR, waiting for the DPM",
                "ACCOUNT_CHANGE_CONFIRMED account " + name + "; roles before: HR; after: HR"),
                Sql.column(database, "select action || ' ' || detail from sec_audit_entry where record_type = "
                        + "'Account' and record_id = ? and outcome = 'SUCCESS' and action <> 'SEARCH'"
                        + " order by position", Long.toString(id)));
    }

    @Test
    void theDpmConfirmsNoChangeOfTheirOwnAccount_X6() throws Exception {
        aDpmIsActive();
        AccountChange opened = Callers.as(Role.ADMIN, () -> accounts.create(new NewAccount(
                Callers.principal(Role.DPM), "Dana Marsh", PASSWORD, Set.of(Role.HR))));
        assertTrue(opened.waitingForTheDpm());
        AccountChangeRequest own = waitingFor(opened.account().id());
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.DPM, () -> confirmations.confirm(own.id(), own.version())));
        assertEquals("You cannot confirm a change of your own account: another DPM must.", refused.getMessage());
        assertEquals(Set.of(), account(Callers.principal(Role.DPM)).roles());
    }

    @Test
    void everyAccountChangeIsAuditedWithWhoAndWhat_X2() throws Exception {
        AccountView hr = anAccount(Role.HR);
        Callers.as(Role.ADMIN, () -> accounts.disable(hr.id()));
        List<AuditEntryView> entries = Callers.as(Role.DPM, () -> audit.search(new AuditQuery(new AuditFilter(null,
                Callers.principal(Role.ADMIN), AuditAction.ACCOUNT_DISABLED, null, null, null, null), 0, 500))).rows();
        assertTrue(entries.stream().anyMatch(entry -> entry.recordId().equals(Long.toString(hr.id()))
                && entry.recordType().equals("Account") && entry.outcome() == AuditOutcome.SUCCESS));
    }

    @Test
    void theAuditTrailIsFilteredByRecordAndOnlyTheDpmExportsTheFilterWhichIsAuditedAsAnExport_X2() throws Exception {
        AccountView one = anAccount(Role.HR);
        AccountView other = anAccount(Role.HR);
        Callers.as(Role.ADMIN, () -> accounts.disable(one.id()));
        Callers.as(Role.ADMIN, () -> accounts.disable(other.id()));
        AuditFilter onOne = new AuditFilter(null, null, null, "Account", Long.toString(one.id()), null, null);
        List<AuditEntryView> shown = Callers.as(Role.DPM, () -> audit.search(new AuditQuery(onOne, 0, 500))).rows();
        assertTrue(shown.stream().anyMatch(entry -> entry.action() == AuditAction.ACCOUNT_DISABLED));
        assertTrue(shown.stream().allMatch(entry -> entry.recordType().equals("Account")
                && entry.recordId().equals(Long.toString(one.id()))), "no entry about another account");

        AuditExport export = Callers.as(Role.DPM, () -> audit.export(onOne, AuditExport.Format.CSV));
        assertEquals(shown, export.entries(), "the file holds what the filter shows");
        assertTrue(export.complete());
        for (Role role : List.of(Role.ADMIN, Role.HR, Role.HIRING_MANAGER)) {
            assertThrows(EJBAccessException.class,
                    () -> Callers.as(role, () -> audit.export(onOne, AuditExport.Format.PDF)), role.name());
        }
        AuditFilter exports = new AuditFilter(null, Callers.principal(Role.DPM), AuditAction.EXPORT, "AuditEntry",
                null, null, null);
        AuditEntryView exported = Callers.as(Role.DPM, () -> audit.search(new AuditQuery(exports, 0, 1))).rows()
                .get(0);
        assertEquals(AuditOutcome.SUCCESS, exported.outcome());
        assertEquals("CSV file of " + shown.size() + " of " + shown.size() + " entries", exported.detail());
    }

    @Test
    void chainVerificationNamesTheFirstEntryAlteredBySql_X2() throws Exception {
        anAccount(Role.HR);
        assertTrue(Callers.as(Role.DPM, audit::verifyChain).intact());
        long victim = Long.parseLong(Sql.column(database, "select max(position) - 1 from sec_audit_entry").get(0));
        String actor = Sql.column(database, "select actor from sec_audit_entry where position = ?", victim).get(0);
        Sql.execute(database, "update sec_audit_entry set actor = 'someone-else' where position = ?", victim);
        try {
            ChainVerification broken = Callers.as(Role.DPM, audit::verifyChain);
            assertEquals(victim, broken.firstBrokenPosition());
            assertEquals("entry " + victim + " was altered", broken.problem());
        } finally {
            Sql.execute(database, "update sec_audit_entry set actor = ? where position = ?", actor, victim);
        }
        assertNull(Callers.as(Role.DPM, audit::verifyChain).firstBrokenPosition());
    }

    @Test
    void theWalkReadingALongChainInSeveralFetchesFindsAnEntryAlteredInItsMiddle_X2() throws Exception {
        int appended = 2 * ChainEntries.FETCH + 1_000;
        long first = LongChain.append(database, auditKey.chain(), appended);
        ChainVerification intact = Callers.as(Role.DPM, audit::verifyChain);
        assertTrue(intact.intact(), intact::problem);
        assertTrue(intact.entriesChecked() >= first - 1 + appended, () -> intact.entriesChecked() + " checked");

        long search = first + ChainEntries.FETCH + 10 - (first + ChainEntries.FETCH) % 10;
        long shownPerson = Long.parseLong(Sql.column(database, "select min(subject_id) from sec_audit_entry_shown"
                + " where position = ?", search).get(0));
        Sql.execute(database, "update sec_audit_entry_shown set subject_id = 0 where position = ? and subject_id = ?",
                search, shownPerson);
        try {
            ChainVerification broken = Callers.as(Role.DPM, audit::verifyChain);
            assertEquals(search, broken.firstBrokenPosition(), broken::problem);
            assertEquals("entry " + search + " was altered", broken.problem());
            assertEquals(search - 1, broken.entriesChecked(), "every entry before it was checked");
        } finally {
            Sql.execute(database, "update sec_audit_entry_shown set subject_id = ? where position = ?"
                    + " and subject_id = 0", shownPerson, search);
        }
        assertTrue(Callers.as(Role.DPM, audit::verifyChain).intact());
    }

    @Test
    void verifyingTheNewEntriesWalksOnlyThoseSinceTheLastCheckpointAndStillFindsTheCheckpointedEntryAltered_X2()
            throws Exception {
        assertTrue(Callers.as(Role.DPM, audit::verifyChain).intact());
        long checkpointed = checkpoints.last().orElseThrow().position();
        anAccount(Role.HR);
        long appended = lastPosition() - checkpointed;
        ChainVerification quick = Callers.as(Role.DPM, audit::verifyNewEntries);
        assertTrue(quick.intact(), quick::problem);
        assertTrue(quick.entriesChecked() >= appended && quick.entriesChecked() < lastPosition(),
                () -> quick.entriesChecked() + " entries checked, " + appended + " appended");

        anAccount(Role.HR);
        long victim = lastPosition() - 1;
        String actor = Sql.column(database, "select actor from sec_audit_entry where position = ?", victim).get(0);
        Sql.execute(database, "update sec_audit_entry set actor = 'someone-else' where position = ?", victim);
        try {
            ChainVerification broken = Callers.as(Role.DPM, audit::verifyNewEntries);
            assertEquals(victim, broken.firstBrokenPosition());
            assertEquals("entry " + victim + " was altered", broken.problem());
        } finally {
            Sql.execute(database, "update sec_audit_entry set actor = ? where position = ?", actor, victim);
        }

        Checkpoint last = checkpoints.last().orElseThrow();
        String lastActor = Sql.column(database, "select actor from sec_audit_entry where position = ?",
                last.position()).get(0);
        Sql.execute(database, "update sec_audit_entry set actor = 'someone-else' where position = ?", last.position());
        try {
            ChainVerification broken = Callers.as(Role.DPM, audit::verifyNewEntries);
            assertEquals(last.position(), broken.firstBrokenPosition());
            assertEquals("entry " + last.position() + " was altered", broken.problem());
        } finally {
            Sql.execute(database, "update sec_audit_entry set actor = ? where position = ?", lastActor,
                    last.position());
        }
        assertTrue(Callers.as(Role.DPM, audit::verifyNewEntries).intact());
    }

    @Test
    void removingTheLastEntriesAndMovingTheHeadBackIsReportedThroughTheHeadsOwnMac_X2() throws Exception {
        anAccount(Role.HR);
        assertTrue(Callers.as(Role.DPM, audit::verifyChain).intact());
        long last = lastPosition();
        String earlierMac = Sql.column(database, "select mac from sec_audit_entry where position = ?", last - 2)
                .get(0);
        try (ChainTail removed = ChainTail.removedFrom(database, last - 1)) {
            Sql.execute(database, "update sec_audit_head set last_position = ?, last_mac = ?", last - 2, earlierMac);
            ChainVerification broken = Callers.as(Role.DPM, audit::verifyChain);
            assertEquals(last - 1, broken.firstBrokenPosition());
            assertEquals("the chain's head was changed outside the application, so entries may have been removed"
                    + " from its end", broken.problem());
        }
        assertTrue(Callers.as(Role.DPM, audit::verifyChain).intact());
    }

    @Test
    void verificationCheckpointsTheChainOutsideTheDatabaseAndReportsAChainCutBackBelowIt_X2() throws Exception {
        List<String> earlierHead = Arrays.asList(Sql.column(database,
                "select last_position || ' ' || last_mac || ' ' || mac from sec_audit_head").get(0).split(" "));
        long earlier = Long.parseLong(earlierHead.get(0));
        anAccount(Role.HR);
        ChainVerification intact = Callers.as(Role.DPM, audit::verifyChain);
        assertTrue(intact.intact());
        Checkpoint checkpoint = checkpoints.last().orElseThrow();
        assertEquals(intact.entriesChecked(), checkpoint.position());
        assertEquals(Sql.column(database, "select mac from sec_audit_entry where position = ?",
                checkpoint.position()), List.of(checkpoint.mac()));
        Path configured = Path.of(ConfigProvider.getConfig().getValue(CHECKPOINT_FILE, String.class));
        assertEquals(checkpoint.line(), Files.readString(configured), "the configured file holds it");

        try (ChainTail removed = ChainTail.removedFrom(database, earlier + 1)) {
            Sql.execute(database, "update sec_audit_head set last_position = ?, last_mac = ?, mac = ?", earlier,
                    earlierHead.get(1), earlierHead.get(2));
            ChainVerification broken = Callers.as(Role.DPM, audit::verifyChain);
            assertEquals(earlier + 1, broken.firstBrokenPosition());
            assertEquals("the chain ends at entry " + earlier + ", but it had reached entry "
                    + checkpoint.position() + " on " + checkpoint.when() + ": entries were removed from its end",
                    broken.problem());
            assertEquals(Optional.of(checkpoint), checkpoints.last(), "a broken chain moves no checkpoint");
        }
        assertTrue(Callers.as(Role.DPM, audit::verifyChain).intact());
    }

    @Test
    void aSaveThatFailsAtCommitIsAuditedAsRolledBackNeverAsASuccess_X2() throws Exception {
        long before = lastPosition();
        String name = "refused.at.commit" + NAMES.incrementAndGet();
        Sql.execute(database, "create function refuse_at_commit() returns trigger language plpgsql"
                + " as $$ begin raise exception 'refused at commit'; end $$");
        Sql.execute(database, "create constraint trigger refuse_at_commit after insert on sec_account"
                + " deferrable initially deferred for each row when (new.username like 'refused.at.commit%')"
                + " execute function refuse_at_commit()");
        try {
            assertThrows(EJBException.class, () -> Callers.as(Role.ADMIN, () -> accounts.create(new NewAccount(
                    name, "Sam Jones", PASSWORD, Set.of(Role.HR)))));
        } finally {
            Sql.execute(database, "drop trigger refuse_at_commit on sec_account");
            Sql.execute(database, "drop function refuse_at_commit()");
        }
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from sec_account where username = ?", name));
        assertEquals(List.of("ACCOUNT_CREATED FAILED rolled back"), Sql.column(database, "select action || ' ' ||"
                + " outcome || ' ' || coalesce(detail, '-') from sec_audit_entry where position > ?"
                + " and action = 'ACCOUNT_CREATED'", before));
    }

    private long lastPosition() throws SQLException {
        return Long.parseLong(Sql.column(database, "select max(position) from sec_audit_entry").get(0));
    }

    @Test
    void sensitiveContentAndDocumentsAreStoredAsCiphertextAndReadBackAsTheyWere_X3() throws Exception {
        byte[] letter = Documents.pdf("Asthma clinic letter");
        long id = sensitive.write("Asthma, carries an inhaler", "asthma-clinic.pdf", letter);
        String stored = Sql.column(database, "select content from sec_sensitive_record where id = ?", id).get(0);
        assertFalse(stored.contains("Asthma"), stored);
        assertTrue(stored.matches(BOUND_CIPHERTEXT), stored);
        assertEquals("Asthma, carries an inhaler", sensitive.read(id));

        String document = Sql.column(database, "select content from sec_sensitive_document where id = ?", id).get(0);
        assertTrue(document.matches(BOUND_CIPHERTEXT), "key id, bound, and base64");
        byte[] sealed = Base64.getDecoder().decode(document.substring(document.indexOf(':') + 1));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("%PDF"), "not the plaintext bytes");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Asthma clinic letter"));
        assertArrayEquals(letter, sensitive.readDocument(id));
    }

    @Test
    void rotationReencryptsEveryEncryptedColumnBatchByBatchResumesAfterAnInterruptionAndBindsOlderValues_X3()
            throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < RotationBatch.SIZE + 20; i++) {
            ids.add(i % 4 == 0 ? sensitive.write("declared conviction " + i, "dbs-" + i + ".pdf", certificate(i))
                    : sensitive.write("declared conviction " + i));
        }
        String oldKey = keysIn("sec_sensitive_record").get(0);
        long before = Callers.as(Role.ADMIN, rotation::progress).remaining();
        long unbound = ids.get(1);
        Sql.execute(database, "update sec_sensitive_record set content = ? where id = ?",
                UnboundCiphertext.of(oldKey, dataKey(oldKey), "declared conviction 1"), unbound);
        assertEquals("declared conviction 1", sensitive.read(unbound), "a value stored before the binding reads");
        assertEquals(1, Callers.as(Role.ADMIN, rotation::progress).remaining(), "and is due for rotation");
        String newKey = Callers.as(Role.ADMIN, rotation::addKey);
        assertEquals("declared conviction 0", sensitive.read(ids.get(0)), "old ciphertext still decrypts");
        RotationProgress due = Callers.as(Role.ADMIN, rotation::progress);
        assertEquals(newKey, due.currentKey());
        assertTrue(due.remaining() >= RotationBatch.SIZE + 20 + 30, "records and their documents");
        assertEquals(0, before, "an earlier rotation left nothing behind");

        RotationProgress interrupted = Callers.as(Role.ADMIN, () -> rotation.rotate(1));
        assertEquals(RotationBatch.SIZE, interrupted.reencrypted());
        assertEquals(due.remaining() - RotationBatch.SIZE, interrupted.remaining());
        assertEquals(Set.of(oldKey, newKey), Set.copyOf(keysIn("sec_sensitive_record", "sec_sensitive_document")),
                "between batches both keys are in use");

        RotationProgress resumed = Callers.as(Role.ADMIN, () -> rotation.rotate(10));
        assertTrue(resumed.finished());
        assertEquals(List.of(newKey), keysIn("sec_sensitive_record"));
        assertEquals(List.of(newKey), keysIn("sec_sensitive_document"));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from sec_sensitive_record"
                + " where content not like ? or document_name not like ?", newKey + "+row:%", newKey + "+row:%"));
        for (int i = 0; i < ids.size(); i++) {
            assertEquals("declared conviction " + i, sensitive.read(ids.get(i)));
            if (i % 4 == 0) {
                assertArrayEquals(certificate(i), sensitive.readDocument(ids.get(i)));
            }
        }
        String rebound = Sql.column(database, "select content from sec_sensitive_record where id = ?", unbound).get(0);
        String neighbour = Sql.column(database, "select content from sec_sensitive_record where id = ?", ids.get(2))
                .get(0);
        Sql.execute(database, "update sec_sensitive_record set content = ? where id = ?", rebound, ids.get(2));
        assertTrue(Failures.causedBy(assertThrows(EJBException.class, () -> sensitive.read(ids.get(2))),
                AlteredValue.class), "rebound to its row: copied to another it does not decrypt");
        Sql.execute(database, "update sec_sensitive_record set content = ? where id = ?", neighbour, ids.get(2));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.DPM, () -> rotation.rotate(1)));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.DPM, rotation::progress));
    }

    @Test
    void aRotationStopsAtAValueAlteredOutsideCustosNamingWhereItIsAndGoesOnOnceItIsRestored_X3() throws Exception {
        long source = sensitive.write("declared conviction A");
        long altered = sensitive.write("declared conviction B");
        String original = Sql.column(database, "select content from sec_sensitive_record where id = ?", altered)
                .get(0);
        Sql.execute(database, "update sec_sensitive_record set content = (select content from sec_sensitive_record"
                + " where id = ?) where id = ?", source, altered);
        Callers.as(Role.ADMIN, rotation::addKey);

        RequestRefused stopped = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.ADMIN, () -> rotation.rotate(100)));
        assertEquals("The value in sec_sensitive_record.content of row " + altered + " was altered outside Custos,"
                + " so it cannot be re-encrypted. Restore it from a backup, then re-encrypt again.",
                stopped.getMessage());
        assertFalse(Callers.as(Role.ADMIN, rotation::progress).finished());

        Sql.execute(database, "update sec_sensitive_record set content = ? where id = ?", original, altered);
        assertTrue(Callers.as(Role.ADMIN, () -> rotation.rotate(100)).finished());
        assertEquals("declared conviction B", sensitive.read(altered));
    }

    private static byte[] certificate(int i) {
        return Documents.pdf("Basic disclosure " + i);
    }

    /** The key ids in use in the content columns of these tables. */
    private List<String> keysIn(String... tables) throws SQLException {
        return Sql.column(database, "select distinct split_part(split_part(content, ':', 1), '+', 1)"
                + " from (" + Arrays.stream(tables).map(table -> "select content from " + table)
                .collect(Collectors.joining(" union all ")) + ") stored");
    }

    /** The data key {@code id} from the key file, to store a value as older versions did. */
    private byte[] dataKey(String id) throws IOException {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(dataDirectory.path().resolve(DataKeyConfiguration.FILE))) {
            file.load(in);
        }
        return Base64.getDecoder().decode(file.getProperty("key." + id));
    }

    @Test
    void concurrentWritersQueueInsteadOfForkingTheChain_X2() throws Exception {
        long before = Long.parseLong(Sql.column(database, "select count(*) from sec_audit_entry").get(0));
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            done.add(writers.submit(() -> audit.record(new AuditEvent("writer" + n % 4, AuditAction.LOGOUT,
                    AuditOutcome.SUCCESS, null))));
        }
        for (Future<?> each : done) {
            each.get();
        }
        writers.shutdown();
        List<String> count = Sql.column(database, "select count(*) from sec_audit_entry");
        assertEquals(before + 40, Long.parseLong(count.get(0)));
        assertEquals(count, Sql.column(database, "select max(position) from sec_audit_entry"), "no gaps, no forks");
        assertTrue(Callers.as(Role.DPM, audit::verifyChain).intact());
    }



    @Test
    void onlyTheAdministratorMakesIntakeTokensAndOnlyTheirHashIsKept() throws Exception {
        for (Role role : List.of(Role.HR, Role.DPM, Role.STAFF)) {
            assertThrows(EJBAccessException.class, () -> Callers.as(role, () -> intakeTokens.issue(
                    new IntakeTokenForm("Website form", Set.of(ClientScope.INTAKE)))), role.name());
        }
        String name = "Website form " + NAMES.incrementAndGet();
        IssuedToken issued = Callers.as(Role.ADMIN, () -> intakeTokens.issue(new IntakeTokenForm(name,
                Set.of(ClientScope.INTAKE, ClientScope.CONSENT))));

        assertEquals(List.of(TokenSecrets.hash(issued.token())), Sql.column(database,
                "select token_hash from sec_intake_token where name = ?", name));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from sec_intake_token where token_hash = ?",
                issued.token()), "the token itself is nowhere");
        ClientCheck.Accepted accepted = assertInstanceOf(ClientCheck.Accepted.class,
                intakeTokens.check(issued.token(), "POST /rights-requests"));
        assertEquals("api:" + name, accepted.caller());
        assertEquals(Set.of(ClientScope.INTAKE, ClientScope.CONSENT), accepted.scopes());
        RequestRefused twice = assertThrows(RequestRefused.class, () -> Callers.as(Role.ADMIN,
                () -> intakeTokens.issue(new IntakeTokenForm(name, Set.of(ClientScope.CALENDAR)))));
        assertEquals("A token named " + name + " is in use already: revoke it first, or choose another name.",
                twice.getMessage());
    }

    @Test
    void aRevokedOrUnknownTokenIsRefusedAndAClientOverItsRateWaitsEachAudited() throws Exception {
        String name = "Calendar " + NAMES.incrementAndGet();
        IssuedToken issued = Callers.as(Role.ADMIN, () -> intakeTokens.issue(new IntakeTokenForm(name,
                Set.of(ClientScope.CALENDAR))));
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(ClientCheck.Accepted.class, intakeTokens.check(issued.token(), "GET /deadlines.ics"));
        }
        ClientCheck.Limited limited = assertInstanceOf(ClientCheck.Limited.class,
                intakeTokens.check(issued.token(), "GET /deadlines.ics"));
        assertTrue(limited.retryAfterSeconds() >= 1 && limited.retryAfterSeconds() <= 20, "3 a minute: 20 s each");

        Callers.as(Role.ADMIN, () -> intakeTokens.revoke(issued.view().id()));
        assertInstanceOf(ClientCheck.Refused.class, intakeTokens.check(issued.token(), "GET /deadlines.ics"));
        assertInstanceOf(ClientCheck.Refused.class, intakeTokens.check("custos_" + "x".repeat(43), "GET /x"));
        assertInstanceOf(ClientCheck.Refused.class, intakeTokens.check("y".repeat(100_000), "GET /x"));
        IntakeTokenView revoked = Callers.as(Role.ADMIN, intakeTokens::tokens).stream()
                .filter(token -> token.name().equals(name)).findFirst().orElseThrow();
        assertTrue(revoked.revoked() && revoked.lastUsedAt() != null);

        assertEquals(List.of("api:" + name + " over the rate limit: GET /deadlines.ics",
                "ANONYMOUS revoked token: GET /deadlines.ics"), Sql.column(database,
                "select actor || ' ' || detail from sec_audit_entry where action = 'API_CALL_REFUSED'"
                        + " and record_id = ? order by position", String.valueOf(issued.view().id())));
    }
}

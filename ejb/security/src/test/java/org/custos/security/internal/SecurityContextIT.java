package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountView;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditEvent;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditQuery;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.Authentication;
import org.custos.security.api.ChainVerification;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DataKeyRotation;
import org.custos.security.api.LoginResult;
import org.custos.security.api.NewAccount;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.RotationProgress;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.Sql;
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
    private static final AtomicInteger NAMES = new AtomicInteger();

    /** The audit checkpoint goes where configured: a file outside the data directory here. */
    private static final String CHECKPOINT_FILE = "custos.audit.checkpoint.file";

    @Deployment
    static WebArchive deployment() throws IOException {
        Path checkpoints = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty(
                "custos.test.data.dir", "target/it-data"))), "checkpoints-");
        return ContextDeployment.war("security", Map.of(CHECKPOINT_FILE,
                checkpoints.resolve("security.checkpoint").toAbsolutePath().toString()), SecurityContextIT.class,
                SensitiveRecordWriter.class, Documents.class, StoppedPurposeTable.class, ChainTail.class);
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
    AuditCheckpoints checkpoints;

    private AccountView anAccount(Role... roles) throws Exception {
        String name = "user" + NAMES.incrementAndGet() + "." + System.nanoTime() % 100_000;
        return Callers.as(Role.ADMIN, () -> accounts.create(new NewAccount(name, "Sam Jones", PASSWORD,
                Set.of(roles))));
    }

    @Test
    void theSchemaIsMigratedAtDeploymentWithTheUsualPurposes_L1() throws SQLException {
        assertEquals(List.of("7"), Sql.column(database, "select count(*) from prot_purpose"));
    }

    @Test
    void theFirstAdministratorComesFromConfiguration() throws SQLException {
        assertEquals(List.of(ContextDeployment.ADMIN_USER + " ADMIN"), Sql.column(database,
                "select a.username || ' ' || r.role from sec_account a join sec_account_role r on r.account_id = a.id"
                        + " where a.username = ?", ContextDeployment.ADMIN_USER));
    }

    @Test
    void anAccountOpenedByTheAdministratorLogsInWithItsRoles_X1() throws Exception {
        AccountView hr = anAccount(Role.HR, Role.HIRING_MANAGER);
        LoginResult result = authentication.login(hr.username().toUpperCase(), PASSWORD);
        LoginResult.Accepted accepted = assertInstanceOf(LoginResult.Accepted.class, result);
        assertEquals(Set.of(Role.HR, Role.HIRING_MANAGER), accepted.roles());
        assertTrue(Sql.column(database, "select password_hash from sec_account where username = ?", hr.username())
                .get(0).startsWith("PBKDF2WithHmacSHA512:210000:"));
    }

    @Test
    void onlyTheAdministratorManagesAccounts_X1() {
        for (Role role : List.of(Role.HR, Role.DPM, Role.HIRING_MANAGER)) {
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
        for (String name : List.of(real.username(), "nobody" + System.nanoTime())) {
            for (int attempt = 1; attempt < 5; attempt++) {
                assertInstanceOf(LoginResult.Refused.class, authentication.login(name, "wrong password " + attempt));
            }
            assertInstanceOf(LoginResult.Throttled.class, authentication.login(name, "wrong password 5"), name);
            assertInstanceOf(LoginResult.Throttled.class, authentication.login(name, PASSWORD), name);
        }
        assertEquals(List.of("LOGIN_FAILED DENIED throttled"), Sql.column(database, "select action || ' ' || outcome"
                + " || ' ' || detail from sec_audit_entry where actor = ? and detail is not null", real.username()));
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAndLogins_X1() throws Exception {
        AccountView hr = anAccount(Role.HR);
        LoginResult.Accepted session = (LoginResult.Accepted) authentication.login(hr.username(), PASSWORD);
        assertTrue(authentication.sessionStillValid(hr.username(), session.at()));
        Callers.as(Role.ADMIN, () -> accounts.disable(hr.id()));
        assertFalse(authentication.sessionStillValid(hr.username(), session.at()));
        assertInstanceOf(LoginResult.Refused.class, authentication.login(hr.username(), PASSWORD));
    }

    @Test
    void changingRolesNeedsTheVersionTheAdministratorSaw() throws Exception {
        AccountView hr = anAccount(Role.HR);
        Callers.as(Role.ADMIN, () -> accounts.changeRoles(hr.id(), hr.version(), Set.of(Role.DPM)));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.ADMIN,
                () -> accounts.changeRoles(hr.id(), hr.version(), Set.of(Role.HR))));
    }

    @Test
    void everyAccountChangeIsAuditedWithWhoAndWhat_X2() throws Exception {
        AccountView hr = anAccount(Role.HR);
        Callers.as(Role.ADMIN, () -> accounts.disable(hr.id()));
        List<AuditEntryView> entries = Callers.as(Role.DPM, () -> audit.search(new AuditQuery(null,
                Callers.principal(Role.ADMIN), AuditAction.ACCOUNT_DISABLED, null, null, 0, 500))).rows();
        assertTrue(entries.stream().anyMatch(entry -> entry.recordId().equals(Long.toString(hr.id()))
                && entry.recordType().equals("Account") && entry.outcome() == AuditOutcome.SUCCESS));
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
        assertTrue(stored.matches("[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+"), stored);
        assertEquals("Asthma, carries an inhaler", sensitive.read(id));

        String document = Sql.column(database, "select content from sec_sensitive_document where id = ?", id).get(0);
        assertTrue(document.matches("[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+"), "key id and base64");
        byte[] sealed = Base64.getDecoder().decode(document.substring(document.indexOf(':') + 1));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("%PDF"), "not the plaintext bytes");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Asthma clinic letter"));
        assertArrayEquals(letter, sensitive.readDocument(id));
    }

    @Test
    void rotationReencryptsEveryEncryptedColumnBatchByBatchAndResumesAfterAnInterruption_X3() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < RotationBatch.SIZE + 20; i++) {
            ids.add(i % 4 == 0 ? sensitive.write("declared conviction " + i, "dbs-" + i + ".pdf", certificate(i))
                    : sensitive.write("declared conviction " + i));
        }
        String oldKey = Sql.column(database, "select content from sec_sensitive_record where id = ?", ids.get(0))
                .get(0).split(":")[0];
        long before = Callers.as(Role.ADMIN, rotation::progress).remaining();
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
        for (int i = 0; i < ids.size(); i++) {
            assertEquals("declared conviction " + i, sensitive.read(ids.get(i)));
            if (i % 4 == 0) {
                assertArrayEquals(certificate(i), sensitive.readDocument(ids.get(i)));
            }
        }
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.DPM, () -> rotation.rotate(1)));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.DPM, rotation::progress));
    }

    private static byte[] certificate(int i) {
        return Documents.pdf("Basic disclosure " + i);
    }

    /** The key ids in use in the content columns of these tables. */
    private List<String> keysIn(String... tables) throws SQLException {
        return Sql.column(database, "select distinct substring(content from 1 for position(':' in content) - 1)"
                + " from (" + Arrays.stream(tables).map(table -> "select content from " + table)
                .collect(Collectors.joining(" union all ")) + ") stored");
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


}

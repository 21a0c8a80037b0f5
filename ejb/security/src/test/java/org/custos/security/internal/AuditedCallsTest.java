package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One entry per call (X2): which audited calls join the entry of the call they are made in. */
class AuditedCallsTest {

    private final Transactions transactions = new Transactions();
    private final AuditedCalls calls = new AuditedCalls();

    @BeforeEach
    void registry() {
        calls.transactions = transactions;
    }

    @Test
    void aCallInsideAnotherOfTheSameCallerAndTransactionAddsToItsEntry_X2() {
        transactions.key = "tx-1";
        AuditedCalls.Call outer = calls.start("dpm-tester");
        assertNotNull(outer, "the outer call writes the entry");

        assertNull(calls.start("dpm-tester"), "the inner call writes none of its own");
        calls.inner(AuditAction.READ, "AccessGrant", "42", null, AuditOutcome.DENIED, "You do not have access.",
                List.of());
        assertNull(calls.start("dpm-tester"));
        calls.inner(AuditAction.SEARCH, "Account", null, 7L, AuditOutcome.SUCCESS, null, List.of(8L, 3L));
        calls.end(outer);

        assertEquals("This complaint file is shown only to its handlers.; inside it, AccessGrant opened, record 42:"
                + " Refused (You do not have access.); inside it, Account searched or listed: Done",
                outer.detail("This complaint file is shown only to its handlers."));
        assertEquals(List.of(3L, 8L), outer.shown(List.of(), 7L), "the inner calls' people, but the entry's subject");
        assertEquals(5L, outer.subject(5L), "the entry's own person");
        assertEquals(7L, outer.subject(null), "else the first person an inner call named");
        assertEquals(List.of(3L, 7L, 8L, 9L), outer.shown(List.of(9L), null));
        assertFalse(calls.note("after the call", null), "no call under way once it ended");
    }

    @Test
    void aCallInAnotherTransactionOrForAnotherCallerWritesItsOwnEntry_X2() {
        transactions.key = "tx-1";
        AuditedCalls.Call outer = calls.start("dpm-tester");

        transactions.key = "tx-2";
        AuditedCalls.Call ownTransaction = calls.start("dpm-tester");
        assertNotNull(ownTransaction, "REQUIRES_NEW: its outcome is not the outer call's");
        calls.end(ownTransaction);

        transactions.key = null;
        AuditedCalls.Call noTransaction = calls.start("dpm-tester");
        assertNotNull(noTransaction, "no transaction: nothing ties it to the outer call");
        calls.end(noTransaction);

        transactions.key = "tx-1";
        AuditedCalls.Call anotherCaller = calls.start("ANONYMOUS");
        assertNotNull(anotherCaller, "run as someone else");
        calls.end(anotherCaller);

        assertNull(calls.start("dpm-tester"), "the outer call is under way again");
        calls.end(outer);
        assertNull(outer.detail(null), "nothing was added to it");
        AuditedCalls.Call later = calls.start("dpm-tester");
        assertNotNull(later, "a later call of the same transaction writes its own entry");
        calls.end(later);
    }

    @Test
    void aNoteGoesIntoTheEntryOfTheCallUnderWay_X2() {
        transactions.key = "tx-1";
        AuditedCalls.Call outer = calls.start("dpm-tester");
        assertNull(calls.start("dpm-tester"));

        assertTrue(calls.note("record opened under break-glass grant 5", 11L));
        calls.end(outer);

        assertEquals("opened under the DPM's emergency access (break-glass); record opened under break-glass grant 5",
                outer.detail("opened under the DPM's emergency access (break-glass)"));
        assertEquals(List.of(11L), outer.shown(List.of(), null));
    }

    /** The transaction a call runs in, as the container tells it. */
    private static final class Transactions implements TransactionSynchronizationRegistry {

        Object key;
        private final Map<Object, Object> resources = new HashMap<>();

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object resourceKey, Object value) {
            resources.put(resourceKey, value);
        }

        @Override
        public Object getResource(Object resourceKey) {
            return resources.get(resourceKey);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}

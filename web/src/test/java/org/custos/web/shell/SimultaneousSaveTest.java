package org.custos.web.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SimultaneousSaveTest {

    @Test
    void aRowWhoseVersionMovedOnAtTheFlushOrAtTheCommitIsASaveThatLostTheRace() {
        assertTrue(SimultaneousSave.causedBy(new EJBException(new OptimisticLockException("row changed"))));
        assertTrue(SimultaneousSave.causedBy(new EJBTransactionRolledbackException("rolled back",
                new RollbackException(new OptimisticLockException()))));
    }

    @Test
    void aUniqueRowJustAddedBySomeoneElseIsASaveThatLostTheRace() {
        assertTrue(SimultaneousSave.causedBy(new EJBException(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))));
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(SimultaneousSave.causedBy(new EJBException(new PersistenceException(
                new SQLException("value too long for type character varying(200)", "22001")))));
        assertFalse(SimultaneousSave.causedBy(new IllegalStateException("no such record")));
        assertFalse(SimultaneousSave.causedBy(null));
    }
}

package org.custos.web.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aConnectionTheDatabaseClosedDeepInsideAFacadesFailureMeansTryAgain() {
        EJBException failure = new EJBException(new PersistenceException("could not commit",
                new SQLException("This connection has been closed.", "08003")));

        assertTrue(DatabaseUnavailable.causedBy(failure));
    }

    @Test
    void theServerShuttingDownRefusedConnectionsAndAnExhaustedPoolMeanTryAgain() {
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator"
                + " command", "57P01")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("Error in allocating a connection",
                new ResourceAllocationException("Connection could not be allocated", new ConnectException()))));
    }

    @Test
    void aStatementThatBrokeARuleOrAnyOtherFailureIsNotAnOutage() {
        assertFalse(DatabaseUnavailable.causedBy(new EJBException(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("no such record")));
        assertFalse(DatabaseUnavailable.causedBy(null));
    }
}

package org.custos.protection.testsupport;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * The SQL statements EclipseLink sends while some work runs, from every thread (the audit entry is written on
 * another one): each statement of a JDBC batch counts, so this counts statements, not round trips. A deployment
 * whose test uses it adds it.
 */
public final class SqlStatements extends SessionEventAdapter {

    private final List<String> issued = new CopyOnWriteArrayList<>();

    private SqlStatements() {
    }

    /** The statements issued while the work ran, lower case. */
    public static List<String> issuedBy(EntityManagerFactory persistence, Callable<?> work) throws Exception {
        SqlStatements statements = new SqlStatements();
        Server session = persistence.unwrap(Server.class);
        session.getEventManager().addListener(statements);
        try {
            work.call();
        } finally {
            session.getEventManager().removeListener(statements);
        }
        return List.copyOf(statements.issued);
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (event.getCall() instanceof DatabaseCall call) {
            issued.add(call.getSQLString().toLowerCase(Locale.ROOT));
        }
    }
}

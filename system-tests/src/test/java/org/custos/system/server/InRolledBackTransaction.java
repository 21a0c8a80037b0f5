package org.custos.system.server;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.custos.testsupport.Caller;
import org.custos.testsupport.Outcome;

/**
 * Runs a piece of work in a transaction of its own that is always rolled back: a facade call the authorization
 * matrix makes ({@link AuthorizationMatrixSystemIT}) joins it, so that an allowed call changes nothing the next call
 * sees. It runs as whoever called it (a {@code Callers} run-as bean, or the anonymous test), having no identity of
 * its own. What commits on its own still does: the audit entries (refusals are written at once), and the work of
 * facade methods that start no transaction or start their own.
 */
@Stateless
@PermitAll
public class InRolledBackTransaction {

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome call(Callable<?> work) {
        Outcome outcome = Caller.run(work);
        context.setRollbackOnly();
        return outcome;
    }
}

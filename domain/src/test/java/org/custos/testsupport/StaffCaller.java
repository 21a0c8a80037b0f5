package org.custos.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.custos.domain.shared.Role;

/**
 * Calls as {@link Role#STAFF}; see {@link Callers}. Its run-as role is declared in the deployment's
 * {@code ejb-jar.xml} ({@link ContextDeployment}), not with {@code @RunAs}, which Payara also hands to its
 * web container, and that logs a warning for every such class in a WAR.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffCaller implements Caller {

    @Override
    public Outcome call(Callable<?> work) {
        return Caller.run(work);
    }
}

package org.custos.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.custos.domain.shared.Role;

/** Calls as {@link Role#ADMIN}; see {@link Callers}. */
@Stateless
@RunAs(Role.Names.ADMIN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminCaller implements Caller {

    @Override
    public Outcome call(Callable<?> work) {
        return Caller.run(work);
    }
}

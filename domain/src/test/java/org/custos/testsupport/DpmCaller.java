package org.custos.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.custos.domain.shared.Role;

/** Calls as {@link Role#DPM}; see {@link Callers}. */
@Stateless
@RunAs(Role.Names.DPM)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DpmCaller implements Caller {

    @Override
    public Outcome call(Callable<?> work) {
        return Caller.run(work);
    }
}

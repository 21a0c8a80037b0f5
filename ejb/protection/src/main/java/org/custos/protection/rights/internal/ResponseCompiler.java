package org.custos.protection.rights.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.custos.domain.shared.Role;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.HolderRegistry;

/** Compiles a response in the background, context by context (D3), while the page shows the progress. */
@Stateless
@RolesAllowed(Role.Names.DPM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResponseCompiler {

    @Inject
    HolderRegistry holders;

    @Inject
    CompileStep step;

    @Asynchronous
    public void compile(long requestId) {
        for (PersonalDataHolder holder : holders.sorted()) {
            step.compile(requestId, holder.context().key());
        }
    }
}

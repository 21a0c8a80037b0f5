package org.custos.archfixtures.bad.protection.purposes.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.custos.archfixtures.bad.protection.purposes.api.Purposes;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

/**
 * Violates "every facade method is guarded" (DESIGN §3): {@link #save} has no guard, nor has the class (it is
 * validated and audited, so nothing else).
 */
@Stateless
@ValidatedArguments
public class UnguardedPurposes implements Purposes {

    @Override
    @RolesAllowed("DPM")
    @AuditExempt("reads no personal data: the list of purposes")
    public List<String> purposes() {
        return List.of();
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = "Purpose")
    public String save(String purpose) {
        return purpose;
    }
}

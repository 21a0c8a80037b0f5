package org.custos.archfixtures.bad.protection.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.custos.archfixtures.bad.protection.api.Purposes;

/** Violates "every facade method is guarded" (DESIGN §3): {@link #save} has no guard, nor has the class. */
@Stateless
public class UnguardedPurposes implements Purposes {

    @Override
    @RolesAllowed("DPM")
    public List<String> purposes() {
        return List.of();
    }

    @Override
    public String save(String purpose) {
        return purpose;
    }
}

package org.custos.archfixtures.bad.security.internal;

import org.custos.archfixtures.bad.protection.purposes.api.Purposes;

/** Violates "security uses no other context" (DESIGN §2), through protection's api (so nothing else). */
public class UsesProtection {

    private final Purposes purposes;

    public UsesProtection(Purposes purposes) {
        this.purposes = purposes;
    }

    public int purposeCount() {
        return purposes.purposes().size();
    }
}

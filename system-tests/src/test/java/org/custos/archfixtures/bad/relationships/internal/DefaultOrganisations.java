package org.custos.archfixtures.bad.relationships.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.custos.archfixtures.bad.protection.purposes.api.Purposes;
import org.custos.archfixtures.bad.relationships.api.Organisations;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

/** Fixture: a well-guarded, validated, audited facade that uses a context it may use (protection), through its api. */
@Stateless
@ValidatedArguments
@RolesAllowed("HR")
public class DefaultOrganisations implements Organisations {

    private final Purposes purposes;

    public DefaultOrganisations(Purposes purposes) {
        this.purposes = purposes;
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = "Organisation")
    public String create(String name) {
        return purposes.save("organisation " + name);
    }
}

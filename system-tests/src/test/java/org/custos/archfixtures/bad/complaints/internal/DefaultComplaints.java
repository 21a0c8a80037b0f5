package org.custos.archfixtures.bad.complaints.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.custos.archfixtures.bad.complaints.api.Complaints;
import org.custos.archfixtures.bad.protection.purposes.api.Purposes;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

/** Fixture: a well-guarded, validated, audited facade that uses a context it may use (protection), through its api. */
@Stateless
@ValidatedArguments
@RolesAllowed("HR")
public class DefaultComplaints implements Complaints {

    private final Purposes purposes;

    public DefaultComplaints(Purposes purposes) {
        this.purposes = purposes;
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = "Complaint")
    public String log(String text) {
        return purposes.save("complaint " + text);
    }
}

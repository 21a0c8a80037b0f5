package org.custos.archfixtures.bad.staff.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.custos.archfixtures.bad.recruitment.api.Campaigns;
import org.custos.archfixtures.bad.staff.api.StaffFiles;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

/** Fixture: a well-guarded, validated, audited facade that uses a context it may use (recruitment), through its api. */
@Stateless
@ValidatedArguments
@RolesAllowed("HR")
public class DefaultStaffFiles implements StaffFiles {

    private final Campaigns campaigns;

    public DefaultStaffFiles(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = "StaffFile")
    public String open(long subjectId) {
        return campaigns.open("staff file of " + subjectId);
    }
}

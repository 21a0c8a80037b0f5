package org.custos.archfixtures.bad.recruitment.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.custos.archfixtures.bad.protection.purposes.api.Purposes;
import org.custos.archfixtures.bad.recruitment.api.Campaigns;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

/** Fixture: a well-guarded, validated, audited facade that uses a context it may use (protection), through its api. */
@Stateless
@ValidatedArguments
@RolesAllowed("HR")
public class DefaultCampaigns implements Campaigns {

    private final Purposes purposes;

    public DefaultCampaigns(Purposes purposes) {
        this.purposes = purposes;
    }

    @Override
    @AuditExempt("reads no personal data: the titles of the campaigns")
    public List<String> titles() {
        return purposes.purposes();
    }

    @Override
    @AuditExempt("changes no personal data: opens a campaign")
    public String open(String title) {
        return title;
    }

    @Override
    @Audited(value = AuditAction.ERASE, record = "Application")
    public int eraseApplicant(long subjectId) {
        return 0;
    }
}

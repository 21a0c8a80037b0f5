package org.custos.archfixtures.bad.recruitment.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.custos.archfixtures.bad.recruitment.api.Campaigns;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

/**
 * Violates "every facade method is audited or exempt" (DESIGN §6): {@link #open} is neither, nor is its class;
 * its siblings show the two lawful ways.
 */
@Stateless
@ValidatedArguments
@RolesAllowed("HR")
public class UnauditedCampaigns implements Campaigns {

    @Override
    @AuditExempt("reads no personal data: the titles of the campaigns")
    public List<String> titles() {
        return List.of();
    }

    @Override
    public String open(String title) {
        return title;
    }

    @Override
    @Audited(value = AuditAction.ERASE, record = "Application")
    public int eraseApplicant(long subjectId) {
        return 0;
    }
}

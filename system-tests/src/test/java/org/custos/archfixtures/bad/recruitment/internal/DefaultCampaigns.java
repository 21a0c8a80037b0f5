package org.custos.archfixtures.bad.recruitment.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.custos.archfixtures.bad.protection.api.Purposes;
import org.custos.archfixtures.bad.recruitment.api.Campaigns;

/** Fixture: a well-guarded facade that uses a context it may use (protection), through its api. */
@Stateless
@RolesAllowed("HR")
public class DefaultCampaigns implements Campaigns {

    private final Purposes purposes;

    public DefaultCampaigns(Purposes purposes) {
        this.purposes = purposes;
    }

    @Override
    public List<String> titles() {
        return purposes.purposes();
    }
}

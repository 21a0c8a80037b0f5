package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.relationships.api.AgreementAwaiting;
import org.custos.relationships.api.Processors;

/**
 * On the DPM's home page (X4): the versions of processors' agreements waiting for their approval, the longest waiting
 * first, each linking to the organisation's page with the version open; the first few and how many in all.
 */
@Named
@RequestScoped
public class AgreementsAwaitingSection {

    /** How many of them the home page lists. */
    static final int SHOWN = 10;

    @EJB
    Processors processors;

    @Inject
    CurrentUser user;

    private Page<AgreementAwaiting> awaiting;

    public Page<AgreementAwaiting> getAwaiting() {
        if (awaiting == null) {
            awaiting = user.isDpm() ? processors.awaitingApproval(0, SHOWN) : new Page<>(List.of(), 0);
        }
        return awaiting;
    }
}

package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.custos.protection.dpia.api.DpiaStanding;
import org.custos.protection.dpia.api.Dpias;

/**
 * On the DPM's home page: the purposes that need a DPIA and have none signed off, or whose DPIA's review date has
 * passed (ADR 0015 decision 5), each linking to its DPIA; nothing at all while there are none. Purposes are few, so
 * the list is whole.
 */
@Named
@RequestScoped
public class FlaggedDpiasSection {

    @EJB
    Dpias dpias;

    @Inject
    CurrentUser user;

    private List<DpiaStanding> flagged;

    /** The flagged purposes, read once per request; none for anyone but the DPM. */
    public List<DpiaStanding> getFlagged() {
        if (flagged == null) {
            flagged = user.isDpm() ? FacadeCall.attemptToShow(dpias::flagged).orElse(List.of()) : List.of();
        }
        return flagged;
    }
}

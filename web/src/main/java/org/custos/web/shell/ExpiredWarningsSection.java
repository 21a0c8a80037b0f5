package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.staff.api.HrCaseSummary;
import org.custos.staff.api.HrCases;

/**
 * On HR's home page (R3): the cases the user handles whose warning has expired, soonest first, each linking to its
 * case, where HR keeps only the summary; the first few and how many in all, nothing at all while there are none.
 */
@Named
@RequestScoped
public class ExpiredWarningsSection {

    /** How many of them the home page lists. */
    static final int SHOWN = 10;

    @EJB
    HrCases hrCases;

    @Inject
    CurrentUser user;

    private Page<HrCaseSummary> expired;

    public Page<HrCaseSummary> getExpired() {
        if (expired == null) {
            expired = user.isHr() ? hrCases.expiredWarnings(0, SHOWN) : new Page<>(List.of(), 0);
        }
        return expired;
    }
}

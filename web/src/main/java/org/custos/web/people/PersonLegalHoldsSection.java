package org.custos.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.protection.holds.api.LegalHoldForm;
import org.custos.protection.holds.api.LegalHoldView;
import org.custos.protection.holds.api.LegalHolds;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;

/**
 * The legal holds on a person's records (D5, R6) on their page: HR sees them; the DPM places one on a context's
 * records, or on all of them, with the reason, and lifts it.
 */
@Named
@ViewScoped
public class PersonLegalHoldsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LegalHolds legalHolds;

    @EJB
    PersonalDataHolders holders;

    @Inject
    PersonDetailPage page;

    @Inject
    CurrentUser currentUser;

    private List<LegalHoldView> holds = List.of();
    private List<String> contexts = List.of();
    private String context;
    private String reason;

    public void load() {
        if (page.getId() != null) {
            holds = FacadeCall.attempt(() -> legalHolds.of(page.getId())).orElse(List.of());
            if (currentUser.isDpm()) {
                contexts = holders.contexts();
            }
        }
    }

    public void place() {
        FacadeCall.attempt(() -> legalHolds.place(page.getId(), new LegalHoldForm(context, reason)))
                .ifPresent(placed -> {
                    holds = placed;
                    context = null;
                    reason = null;
                    FacadeCall.info("The legal hold is placed: erasure keeps what it covers.");
                });
    }

    public void lift(LegalHoldView hold) {
        FacadeCall.attempt(() -> legalHolds.lift(page.getId(), hold.id(), hold.version())).ifPresent(lifted -> {
            holds = lifted;
            FacadeCall.info("The legal hold is lifted.");
        });
    }

    public List<LegalHoldView> getHolds() {
        return holds;
    }

    public List<String> getContexts() {
        return contexts;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

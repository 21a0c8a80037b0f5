package org.custos.web.confirmations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountChangeRequest;
import org.custos.security.api.AccountConfirmations;
import org.custos.web.shell.FacadeCall;

/** The DPM's list of account changes waiting for confirmation (X6), oldest first. */
@Named
@ViewScoped
public class AccountChangeListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountConfirmations confirmations;

    private List<AccountChangeRequest> waiting;

    @PostConstruct
    void load() {
        waiting = confirmations.waiting();
    }

    public void confirm(AccountChangeRequest change) {
        FacadeCall.attempt(() -> confirmations.confirm(change.id(), change.version())).ifPresent(done -> {
            FacadeCall.info("Confirmed: " + change.kind().label().toLowerCase() + " for " + change.username() + ".");
            load();
        });
    }

    public void refuse(AccountChangeRequest change) {
        FacadeCall.attempt(() -> confirmations.refuse(change.id(), change.version())).ifPresent(done -> {
            FacadeCall.info("Refused: " + change.kind().label().toLowerCase() + " for " + change.username() + ".");
            load();
        });
    }

    /** The roles as a person reads them: "HR staff, Hiring manager", or "none". */
    public String labels(Set<Role> roles) {
        return roles.isEmpty() ? "none" : roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    public List<AccountChangeRequest> getWaiting() {
        return waiting;
    }
}

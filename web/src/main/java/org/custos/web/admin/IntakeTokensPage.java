package org.custos.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.ClientScope;
import org.custos.security.api.IntakeTokenForm;
import org.custos.security.api.IntakeTokenView;
import org.custos.security.api.IntakeTokens;
import org.custos.web.shell.FacadeCall;

/**
 * The administrator's intake tokens: one per client system that sends data in through the API (the website's
 * form). A token is shown once, when made, for the administrator to put into the client's configuration; only its
 * hash is kept.
 */
@Named
@ViewScoped
public class IntakeTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    IntakeTokens intakeTokens;

    private List<IntakeTokenView> tokens;
    private String name;
    private ClientScope[] scopes = {ClientScope.INTAKE};
    private String issued;

    @PostConstruct
    void load() {
        tokens = intakeTokens.tokens();
    }

    public void issue() {
        FacadeCall.attempt(() -> intakeTokens.issue(new IntakeTokenForm(name, Set.of(scopes)))).ifPresent(made -> {
            issued = made.token();
            FacadeCall.info("The token for " + made.view().name() + " is made. Copy it now: it is not shown again.");
            name = null;
            load();
        });
    }

    public void revoke(IntakeTokenView token) {
        FacadeCall.attempt(() -> intakeTokens.revoke(token.id())).ifPresent(revoked -> {
            FacadeCall.info("The token for " + revoked.name() + " is revoked: its next request is refused.");
            issued = null;
            load();
        });
    }

    public ClientScope[] getAllScopes() {
        return ClientScope.values();
    }

    public List<IntakeTokenView> getTokens() {
        return tokens;
    }

    /** The token just made, until the page is left: never shown again. */
    public String getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ClientScope[] getScopes() {
        return scopes;
    }

    public void setScopes(ClientScope[] scopes) {
        this.scopes = scopes;
    }
}

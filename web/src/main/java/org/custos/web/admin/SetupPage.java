package org.custos.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.custos.domain.shared.Role;
import org.custos.security.api.FirstAdministrator;
import org.custos.security.api.NewAccount;
import org.custos.web.shell.FacadeCall;

/** The one-time page that creates the first administrator from the link printed in the server log. */
@Named
@ViewScoped
public class SetupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FirstAdministrator firstAdministrator;

    private String token;
    private String username;
    private String displayName;
    private String password;
    private String confirmation;

    public boolean isOpen() {
        return firstAdministrator.setupOpen();
    }

    public String create() {
        if (password == null || !password.equals(confirmation)) {
            FacadeCall.error("The two passwords are not the same.");
            return null;
        }
        return FacadeCall.attempt(() -> firstAdministrator.create(token,
                new NewAccount(username, displayName, password, Set.of(Role.ADMIN))))
                .map(created -> {
                    FacadeCall.info("The administrator " + created.username() + " was created. Log in.");
                    return "/login.xhtml?faces-redirect=true";
                }).orElse(null);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

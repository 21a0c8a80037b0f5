package org.custos.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountChange;
import org.custos.security.api.AccountView;
import org.custos.security.api.NewAccount;
import org.custos.web.shell.FacadeCall;

/**
 * The administrator's accounts page: open accounts, change roles, disable, reset passwords. Roles that see personal
 * data, and new passwords for accounts holding them, wait for the DPM's confirmation (X6); the page says so.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountAdministration administration;

    private List<AccountView> accounts;
    private AccountView selected;

    private String username;
    private String displayName;
    private String email;
    private String password;
    private Role[] roles = {};

    @PostConstruct
    void load() {
        accounts = administration.accounts();
    }

    public void prepareNew() {
        username = null;
        displayName = null;
        email = null;
        password = null;
        roles = new Role[0];
    }

    public void create() {
        FacadeCall.attempt(() -> administration.create(new NewAccount(username, displayName, password,
                roleSet(), email))).ifPresent(created -> done(created, "Account " + created.account().username()
                        + " opened.", "Account " + created.account().username() + " opened; its roles wait for the "
                        + "DPM's confirmation."));
    }

    public void select(AccountView account) {
        selected = account;
        roles = account.roles().toArray(Role[]::new);
        email = account.email();
        password = null;
    }

    public void saveRoles() {
        FacadeCall.attempt(() -> administration.changeRoles(selected.id(), selected.version(), roleSet()))
                .ifPresent(changed -> done(changed, "Roles of " + changed.account().username()
                        + " changed; their sessions ended.", "The new roles of " + changed.account().username()
                        + " wait for the DPM's confirmation."));
    }

    public void saveEmail() {
        FacadeCall.attempt(() -> administration.changeEmail(selected.id(), selected.version(), email))
                .ifPresent(changed -> {
                    selected = changed.account();
                    done(changed, changed.account().email() == null ? changed.account().username()
                            + " has no email address now: they get no reminders." : "Reminders for "
                            + changed.account().username() + " go to " + changed.account().email() + ".", null);
                });
    }

    public void resetPassword() {
        FacadeCall.attempt(() -> administration.resetPassword(selected.id(), password))
                .ifPresent(changed -> done(changed, "Password of " + changed.account().username()
                        + " reset; their sessions ended and they choose a new one at their next login.",
                        "The new password of " + changed.account().username() + " waits for the DPM's "
                                + "confirmation."));
    }

    public void disable(AccountView account) {
        FacadeCall.attempt(() -> administration.disable(account.id()))
                .ifPresent(changed -> done(changed, changed.account().username() + " disabled; their sessions "
                        + "ended.", null));
    }

    public void enable(AccountView account) {
        FacadeCall.attempt(() -> administration.enable(account.id()))
                .ifPresent(changed -> done(changed, changed.account().username() + " enabled.", null));
    }

    private void done(AccountChange change, String made, String waiting) {
        FacadeCall.info(change.waitingForTheDpm() ? waiting : made);
        load();
    }

    private Set<Role> roleSet() {
        return Set.of(roles);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<AccountView> getAccounts() {
        return accounts;
    }

    public AccountView getSelected() {
        return selected;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role[] getRoles() {
        return roles.clone();
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles.clone();
    }
}

package org.custos.archfixtures.bad.web;

import jakarta.faces.context.FacesContext;
import java.util.List;
import org.custos.archfixtures.bad.domain.shared.Role;
import org.custos.archfixtures.bad.security.api.Accounts;

/** Fixture: a lawful page (a context's api, a shared value type, JSF), which no rule may flag. */
public class AccountsPage {

    private final Accounts accounts;

    public AccountsPage(Accounts accounts) {
        this.accounts = accounts;
    }

    public List<String> usernames() {
        return FacesContext.getCurrentInstance().isPostback() ? List.of() : accounts.usernames();
    }

    public Role[] roles() {
        return Role.values();
    }
}

package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.staff.api.StaffAccountView;
import org.custos.staff.api.StaffAccounts;
import org.custos.web.shell.FacadeCall;

/**
 * The own-record tab of a staff file (A1): the account through which the member of staff sees their own record, or
 * HR's choice among the accounts of members of staff not linked to anyone; the link taken away on a click.
 */
@Named
@ViewScoped
public class StaffAccountSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffAccounts staffAccounts;

    @Inject
    StaffFilePage page;

    private StaffAccountView account;
    private String username;

    /** The linked account, or the accounts HR may link; read once per view. */
    public StaffAccountView getAccount() {
        if (account == null && page.getFile() != null) {
            FacadeCall.attemptToShow(() -> staffAccounts.accountOf(page.getId())).ifPresent(read -> account = read);
        }
        return account;
    }

    public void link() {
        FacadeCall.attempt(() -> staffAccounts.link(page.getId(), username)).ifPresent(linked -> {
            account = linked;
            username = null;
            FacadeCall.info(linked.username() + " now sees this person's own record.");
        });
    }

    public void unlink() {
        FacadeCall.attempt(() -> staffAccounts.unlink(page.getId())).ifPresent(unlinked -> {
            String was = account.username();
            account = unlinked;
            FacadeCall.info(was + " no longer sees this person's record.");
        });
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}

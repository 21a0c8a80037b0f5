package org.custos.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.custos.security.api.OwnAccount;
import org.custos.security.api.OwnAccountView;
import org.custos.security.api.SecondFactorSetup;
import org.custos.web.shell.AccountDues;
import org.custos.web.shell.FacadeCall;

/** The user's own account: a new password, and the second factor (an authenticator app) on or off. */
@Named
@ViewScoped
public class OwnAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OwnAccount ownAccount;

    private OwnAccountView account;
    private String currentPassword;
    private String newPassword;
    private String repeated;
    private SecondFactorSetup setup;
    private String code;

    @PostConstruct
    void load() {
        account = ownAccount.mine();
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeated)) {
            FacadeCall.error("The two new passwords are not the same.");
            return;
        }
        FacadeCall.attempt(() -> ownAccount.changePassword(currentPassword, newPassword)).ifPresent(at -> {
            AccountDues.passwordChanged(request(), at);
            currentPassword = null;
            newPassword = null;
            repeated = null;
            FacadeCall.info("Your password was changed. Your other sessions have ended.");
            load();
        });
    }

    public void startSecondFactor() {
        FacadeCall.attempt(ownAccount::newSecondFactor).ifPresent(started -> {
            setup = started;
            code = null;
        });
    }

    public void enableSecondFactor() {
        FacadeCall.attempt(() -> ownAccount.enableSecondFactor(setup.secret(), code)).ifPresent(enabled -> {
            AccountDues.secondFactorSetUp(request());
            account = enabled;
            setup = null;
            code = null;
            FacadeCall.info("The second factor is on: from now on, log in with the code your app shows.");
        });
    }

    public void removeSecondFactor() {
        FacadeCall.attempt(() -> ownAccount.removeSecondFactor(currentPassword)).ifPresent(removed -> {
            account = removed;
            currentPassword = null;
            FacadeCall.info("The second factor is off.");
        });
    }

    /** The key in groups of four, as people type it into an app. */
    public String getGroupedSecret() {
        return setup == null ? null : setup.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public OwnAccountView getAccount() {
        return account;
    }

    public SecondFactorSetup getSetup() {
        return setup;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

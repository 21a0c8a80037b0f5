package org.custos.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.domain.shared.HrCaseKind;
import org.custos.security.api.AccountName;
import org.custos.staff.api.HrCaseForm;
import org.custos.staff.api.HrCaseSummary;
import org.custos.staff.api.HrCases;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;

/**
 * The cases tab of a staff file (R3, X1): the disciplinary, grievance and capability cases the caller may see (the
 * facade lists only those naming them as a handler, all but one about themselves for the DPM, and says nothing of
 * the others), and HR's form to open one with its HR handlers (the caller ticked to begin with) and the account of
 * the person it is about, chosen among the few enabled accounts matching what HR types. A refusal keeps what was
 * typed.
 */
@Named
@ViewScoped
public class StaffCasesSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    HrCases hrCases;

    @Inject
    StaffFilePage page;

    @Inject
    CurrentUser user;

    private List<HrCaseSummary> cases;
    private List<AccountName> handlerChoices;
    private HrCaseKind kind = HrCaseKind.DISCIPLINARY;
    private LocalDate openedOn;
    private String summary;
    private List<String> handlers = new ArrayList<>();
    private String aboutAccount;
    private final Map<String, String> aboutLabels = new HashMap<>();

    @PostConstruct
    void handledByTheCaller() {
        handlers.add(user.getName());
    }

    /** The case opened: its page when the caller handles it, otherwise the file again (they may not see it). */
    public String open() {
        return FacadeCall.attempt(() -> hrCases.open(new HrCaseForm(page.getId(), kind, openedOn, summary,
                Set.copyOf(handlers), aboutAccount))).map(opened -> {
                    if (opened.handlers().contains(user.getName())) {
                        FacadeCall.info("The case is open.");
                        return "/staff/case.xhtml?faces-redirect=true&id=" + opened.id();
                    }
                    FacadeCall.info("The case is open; only its handlers and the DPM see it.");
                    return "/staff/file.xhtml?faces-redirect=true&id=" + page.getId();
                }).orElse(null);
    }

    public List<HrCaseSummary> getCases() {
        if (cases == null) {
            cases = FacadeCall.attemptToShow(() -> hrCases.onFile(page.getId())).orElse(List.of());
        }
        return cases;
    }

    /** The HR accounts a case may name as its handlers. */
    public List<AccountName> getHandlerChoices() {
        if (handlerChoices == null) {
            handlerChoices = FacadeCall.attempt(hrCases::handlerChoices).orElse(List.of());
        }
        return handlerChoices;
    }

    /** The enabled accounts whose name contains what was typed, remembered to show the one chosen by its name. */
    public List<AccountName> completeAbout(String query) {
        List<AccountName> found = FacadeCall.attempt(() -> hrCases.aboutChoices(query)).orElse(List.of());
        found.forEach(account -> aboutLabels.put(account.username(), label(account)));
        return found;
    }

    /** An account offered, or the one chosen (its user name), as the field shows it; what was typed as typed. */
    public String aboutLabel(Object account) {
        if (account instanceof AccountName offered) {
            return label(offered);
        }
        return account == null ? null : aboutLabels.getOrDefault(account.toString(), account.toString());
    }

    private static String label(AccountName account) {
        return account.displayName() + " (" + account.username() + ")";
    }

    public HrCaseKind[] getKinds() {
        return HrCaseKind.values();
    }

    public HrCaseKind getKind() {
        return kind;
    }

    public void setKind(HrCaseKind kind) {
        this.kind = kind;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getHandlers() {
        return handlers;
    }

    public void setHandlers(List<String> handlers) {
        this.handlers = handlers;
    }

    public String getAboutAccount() {
        return aboutAccount;
    }

    public void setAboutAccount(String aboutAccount) {
        this.aboutAccount = aboutAccount;
    }
}

package org.custos.web.register;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.protection.api.PeopleRegister;
import org.custos.protection.api.SubjectDetails;
import org.custos.recruitment.api.ApplicationSummary;
import org.custos.recruitment.api.Applications;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditTrail;
import org.custos.web.shell.FacadeCall;

/** One person's record and the audit history of it: who read or changed it, and when. */
@Named
@ViewScoped
public class PersonDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PeopleRegister register;

    @EJB
    AuditTrail audit;

    @EJB
    Applications applications;

    private Long id;
    private SubjectDetails person;
    private List<AuditEntryView> history = List.of();
    private List<ApplicationSummary> applicationHistory = List.of();

    public void load() {
        if (id == null || person != null) {
            return;
        }
        FacadeCall.attempt(() -> register.details(id)).ifPresent(found -> {
            person = found;
            applicationHistory = applications.historyOf(found.id());
            history = audit.historyOf(found.id());
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SubjectDetails getPerson() {
        return person;
    }

    /** The person's applications (recruitment). */
    public List<ApplicationSummary> getApplications() {
        return applicationHistory;
    }

    public List<AuditEntryView> getHistory() {
        return history;
    }
}

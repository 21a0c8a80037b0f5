package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.StaffFiles;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.FormChecks;
import org.custos.web.shell.PersonChoice;

/**
 * HR opens a staff file directly (S1, T1), for someone not hired through Custos: the person found in the register or
 * registered there, and the engagement's first facts. These are checked against the facade's form before anyone is
 * registered, so that a refusal never leaves a new person behind without their file.
 */
@Named
@ViewScoped
public class StaffOpenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The subject id the facts are checked with before the person is known; any id passes its constraints. */
    private static final long SOMEONE = 0;

    @EJB
    StaffFiles staffFiles;

    @EJB
    PeopleRegister register;

    @Inject
    FormChecks checks;

    private final PersonChoice person = new PersonChoice(SubjectCategory.STAFF);
    private EngagementType type = EngagementType.EMPLOYEE;
    private String jobTitle;
    private LocalDate startDate;

    public String open() {
        if (!checks.valid(new OpenStaffFileForm(SOMEONE, type, jobTitle, startDate))) {
            return null;
        }
        return person.resolve(register).flatMap(subject -> {
            person.setChosenId(subject);
            return FacadeCall.attempt(() -> staffFiles.open(new OpenStaffFileForm(subject, type, jobTitle,
                    startDate)));
        }).map(opened -> {
            FacadeCall.info("The staff file of " + opened.name() + " is open.");
            return "/staff/file.xhtml?faces-redirect=true&id=" + opened.id();
        }).orElse(null);
    }

    public EngagementType[] getTypes() {
        return EngagementType.values();
    }

    public PersonChoice getPerson() {
        return person;
    }

    public EngagementType getType() {
        return type;
    }

    public void setType(EngagementType type) {
        this.type = type;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }
}

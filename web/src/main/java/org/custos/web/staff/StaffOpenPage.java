package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.SubjectCategory;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.StaffFiles;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.PersonChoice;

/**
 * HR opens a staff file directly (S1, T1), for someone not hired through Custos: the person found in the register or
 * someone new, whom the facade registers with the file (a refusal leaves no one registered), and the engagement's
 * first facts.
 */
@Named
@ViewScoped
public class StaffOpenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffFiles staffFiles;

    private final PersonChoice person = new PersonChoice(SubjectCategory.STAFF);
    private EngagementType type = EngagementType.EMPLOYEE;
    private String jobTitle;
    private LocalDate startDate;

    public String open() {
        return person.save(() -> staffFiles.open(new OpenStaffFileForm(person.chosen(), type, jobTitle, startDate)))
                .map(opened -> {
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

package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.shared.EngagementType;
import org.custos.staff.api.EngagementForm;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;
import org.custos.staff.api.StaffQuery;
import org.custos.web.shell.FacadeCall;

/**
 * The engagement tab of a staff file (T1): the engagement as it stands and its history, newest first, and HR's form
 * to change it, filled with the engagement as it stands. A change is saved as a new dated row; refused, the form keeps
 * what was typed, and a change someone else made meanwhile is named as such. The line manager is chosen among the
 * current staff, found by name.
 */
@Named
@ViewScoped
public class StaffEngagementSection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many members of staff a search for a line manager offers. */
    static final int MANAGERS_OFFERED = 20;

    @EJB
    StaffFiles staffFiles;

    @Inject
    StaffFilePage page;

    private boolean loaded;
    private long version;
    private EngagementType type;
    private String jobTitle;
    private String department;
    private Long lineManagerFileId;
    private String placeOfWork;
    private String contractType;
    private BigDecimal weeklyHours;
    private LocalDate startDate;
    private LocalDate probationEnd;
    private LocalDate leavingDate;
    private String leavingReason;
    private String managerQuery;
    private final List<Manager> managers = new ArrayList<>();

    /** A line manager the form offers: a staff file, shown by the person's name and job title. */
    public record Manager(long staffFileId, String label) implements Serializable {
    }

    /** Fills the form from the engagement as it stands, once per view. */
    public void load() {
        StaffFileView file = page.getFile();
        if (file == null || loaded) {
            return;
        }
        loaded = true;
        StaffFileView.EngagementView now = file.engagement();
        version = file.version();
        type = now.type();
        jobTitle = now.jobTitle();
        department = now.department();
        lineManagerFileId = now.lineManagerFileId();
        placeOfWork = now.placeOfWork();
        contractType = now.contractType();
        weeklyHours = now.weeklyHours();
        startDate = now.startDate();
        probationEnd = now.probationEnd();
        leavingDate = now.leavingDate();
        leavingReason = now.leavingReason();
        if (lineManagerFileId != null) {
            managers.add(new Manager(lineManagerFileId, now.lineManagerName()));
        }
    }

    /** Offers the current staff whose name contains what was typed, besides the line manager chosen. */
    public void findManagers() {
        FacadeCall.attempt(() -> staffFiles.search(new StaffQuery(0, MANAGERS_OFFERED, false, null, null,
                managerQuery))).ifPresent(found -> {
                    managers.removeIf(manager -> !Long.valueOf(manager.staffFileId()).equals(lineManagerFileId));
                    found.rows().stream().filter(row -> row.staffFileId() != page.getId())
                            .filter(row -> !Long.valueOf(row.staffFileId()).equals(lineManagerFileId))
                            .map(row -> new Manager(row.staffFileId(), row.name()
                                    + (row.jobTitle() == null ? "" : ", " + row.jobTitle())))
                            .forEach(managers::add);
                    if (found.rows().isEmpty()) {
                        FacadeCall.error("No current member of staff has that name.");
                    }
                });
    }

    public String save() {
        return page.reloaded(FacadeCall.attempt(() -> staffFiles.changeEngagement(page.getId(), version,
                new EngagementForm(type, jobTitle, department, lineManagerFileId, placeOfWork, contractType,
                        weeklyHours, startDate, probationEnd, leavingDate, leavingReason))),
                "The engagement is changed; what it was is kept in its history.");
    }

    public EngagementType[] getTypes() {
        return EngagementType.values();
    }

    public List<Manager> getManagers() {
        return managers;
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

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Long getLineManagerFileId() {
        return lineManagerFileId;
    }

    public void setLineManagerFileId(Long lineManagerFileId) {
        this.lineManagerFileId = lineManagerFileId;
    }

    public String getPlaceOfWork() {
        return placeOfWork;
    }

    public void setPlaceOfWork(String placeOfWork) {
        this.placeOfWork = placeOfWork;
    }

    public String getContractType() {
        return contractType;
    }

    public void setContractType(String contractType) {
        this.contractType = contractType;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(BigDecimal weeklyHours) {
        this.weeklyHours = weeklyHours;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getProbationEnd() {
        return probationEnd;
    }

    public void setProbationEnd(LocalDate probationEnd) {
        this.probationEnd = probationEnd;
    }

    public LocalDate getLeavingDate() {
        return leavingDate;
    }

    public void setLeavingDate(LocalDate leavingDate) {
        this.leavingDate = leavingDate;
    }

    public String getLeavingReason() {
        return leavingReason;
    }

    public void setLeavingReason(String leavingReason) {
        this.leavingReason = leavingReason;
    }

    public String getManagerQuery() {
        return managerQuery;
    }

    public void setManagerQuery(String managerQuery) {
        this.managerQuery = managerQuery;
    }
}

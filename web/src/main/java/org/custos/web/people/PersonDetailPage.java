package org.custos.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.holds.api.DisclosureForm;
import org.custos.protection.holds.api.DisclosureView;
import org.custos.protection.holds.api.Disclosures;
import org.custos.protection.purposes.api.PurposeStopView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.rights.api.RequestSummary;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.recruitment.api.ApplicationSummary;
import org.custos.recruitment.api.Applications;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditTrail;
import org.custos.staff.api.StaffFiles;
import org.custos.staff.api.StaffSummary;
import org.custos.web.shell.FacadeCall;

/**
 * One person's record, their applications and staff files, one "Data protection" section (their rights requests,
 * the approvals asked for to use their data, the disclosures of their data (D5) with a form to record one, and the legal holds),
 * and the audit history of the record: who read or changed it, and when.
 */
@Named
@ViewScoped
public class PersonDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PeopleRegister register;

    @EJB
    AuditTrail audit;

    @EJB
    Applications applications;

    @EJB
    StaffFiles staffFiles;

    @EJB
    Purposes purposes;

    @EJB
    Disclosures disclosures;

    @EJB
    RightsRequests rightsRequests;

    @EJB
    Approvals approvals;

    private Long id;
    private SubjectDetails person;
    private List<AuditEntryView> history = List.of();
    private List<ApplicationSummary> applicationHistory = List.of();
    private List<StaffSummary> staffFilesOf = List.of();
    private List<PurposeStopView> stoppedPurposes = List.of();
    private List<DisclosureView> disclosed = List.of();
    private List<RequestSummary> requests = List.of();
    private List<ApprovalView> approvalsAbout = List.of();
    private String recipient;
    private Long recipientOrganisationId;
    private String disclosedData;
    private Long purposeId;
    private LocalDate disclosedOn;

    public void load() {
        if (id == null || person != null) {
            return;
        }
        FacadeCall.attempt(() -> register.details(id)).ifPresent(found -> {
            person = found;
            applicationHistory = applications.historyOf(found.id());
            staffFilesOf = staffFiles.filesOf(found.id());
            stoppedPurposes = purposes.stoppedFor(found.id());
            disclosed = disclosures.of(found.id());
            requests = rightsRequests.about(found.id());
            approvalsAbout = approvals.about(found.id());
            history = audit.historyOf(found.id());
        });
    }

    public void recordDisclosure() {
        FacadeCall.attempt(() -> disclosures.record(id, new DisclosureForm(recipient, disclosedData, purposeId,
                disclosedOn, recipientOrganisationId))).ifPresent(recorded -> {
                    disclosed = disclosures.of(id);
                    recipient = null;
                    recipientOrganisationId = null;
                    disclosedData = null;
                    purposeId = null;
                    disclosedOn = null;
                    FacadeCall.info("The disclosure to " + recorded.recipient() + " is recorded.");
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

    /** The purposes the person objected to or withdrew consent for (D7, L2). */
    public List<PurposeStopView> getStoppedPurposes() {
        return stoppedPurposes;
    }

    /** The person's applications (recruitment). */
    public List<ApplicationSummary> getApplications() {
        return applicationHistory;
    }

    /** The person's staff files, the latest first. */
    public List<StaffSummary> getStaffFiles() {
        return staffFilesOf;
    }

    /** The person's rights requests, newest first: the "Data protection" section. */
    public List<RequestSummary> getRequests() {
        return requests;
    }

    /** The requests for approval to use the person's data, newest first. */
    public List<ApprovalView> getApprovals() {
        return approvalsAbout;
    }

    /** Who received the person's data, newest first. */
    public List<DisclosureView> getDisclosures() {
        return disclosed;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    /** The organisation of the register that received the data, if it is one. */
    public Long getRecipientOrganisationId() {
        return recipientOrganisationId;
    }

    public void setRecipientOrganisationId(Long recipientOrganisationId) {
        this.recipientOrganisationId = recipientOrganisationId;
    }

    public String getDisclosedData() {
        return disclosedData;
    }

    public void setDisclosedData(String disclosedData) {
        this.disclosedData = disclosedData;
    }

    public Long getPurposeId() {
        return purposeId;
    }

    public void setPurposeId(Long purposeId) {
        this.purposeId = purposeId;
    }

    public LocalDate getDisclosedOn() {
        return disclosedOn;
    }

    public void setDisclosedOn(LocalDate disclosedOn) {
        this.disclosedOn = disclosedOn;
    }

    public List<AuditEntryView> getHistory() {
        return history;
    }

    /** The person's categories in words: "Job applicant, Referee". */
    public String getCategories() {
        return person == null ? "" : person.data().categories().stream().map(SubjectCategory::label).sorted()
                .collect(Collectors.joining(", "));
    }

    /** The person's name, as their history tells what happened to their record. */
    public String getName() {
        return person == null ? "" : person.data().givenNames() + " " + person.data().familyName();
    }
}

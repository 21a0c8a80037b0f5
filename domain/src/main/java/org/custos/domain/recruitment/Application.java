package org.custos.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.Anonymity;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.ApplicationStatus;

/**
 * One person's application to one campaign (C1, C2): where it came from, where it stands, and the state of its
 * pre-employment checks. The criminal-records declaration and the health questionnaire are sensitive records of
 * the security context, referenced by id. Anonymised, it keeps its campaign, status and kind of source, and the
 * month or year it was received in (R7, {@link Anonymity}).
 */
@Entity
@Table(name = "rec_application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "subject_id")
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationSource source;

    @Column(name = "source_name")
    private String sourceName;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Column(name = "status_changed_at", nullable = false)
    private LocalDateTime statusChangedAt;

    @Column(name = "closing_reason")
    private String closingReason;

    @Column(name = "closing_reason_told", nullable = false)
    private boolean closingReasonTold;

    @Column(name = "identity_checked_on")
    private LocalDate identityCheckedOn;

    @Column(name = "identity_checked_by")
    private String identityCheckedBy;

    @Column(name = "qualifications_checked_on")
    private LocalDate qualificationsCheckedOn;

    @Column(name = "qualifications_checked_by")
    private String qualificationsCheckedBy;

    @Column(name = "criminal_declaration_id")
    private Long criminalDeclarationId;

    @Column(name = "health_questionnaire_id")
    private Long healthQuestionnaireId;

    @Column(name = "hired_on")
    private LocalDate hiredOn;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "manager_leave_by")
    private String managerLeaveBy;

    @Column(name = "manager_leave_at")
    private LocalDateTime managerLeaveAt;

    @Column(name = "anonymised_at")
    private LocalDateTime anonymisedAt;

    /** Anonymised: how precisely {@link #receivedOn} is kept (its first day of the month or of the year). */
    @Enumerated(EnumType.STRING)
    @Column(name = "received_precision")
    private Anonymity.Precision receivedPrecision;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Application() {
    }

    public Application(long campaignId, long subjectId, ApplicationSource source, String sourceName,
            LocalDate receivedOn, String createdBy, LocalDateTime createdAt) {
        this.campaignId = campaignId;
        this.subjectId = subjectId;
        this.source = source;
        this.sourceName = sourceName;
        this.receivedOn = receivedOn;
        this.status = ApplicationStatus.RECEIVED;
        this.statusChangedAt = createdAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void moveTo(ApplicationStatus next, LocalDateTime at) {
        this.status = next;
        this.statusChangedAt = at;
    }

    /** Ends the application rejected or withdrawn, with the reason given. */
    public void close(ApplicationStatus end, String reason, LocalDateTime at) {
        moveTo(end, at);
        this.closingReason = reason;
    }

    /** HR marks the rejection's reason as one the applicant may be told (the rejection letter gives it). */
    public void closingReasonTold(boolean told) {
        this.closingReasonTold = told;
    }

    public void identityChecked(LocalDate on, String by) {
        this.identityCheckedOn = on;
        this.identityCheckedBy = by;
    }

    public void qualificationsChecked(LocalDate on, String by) {
        this.qualificationsCheckedOn = on;
        this.qualificationsCheckedBy = by;
    }

    public void criminalDeclaration(long sensitiveRecordId) {
        this.criminalDeclarationId = sensitiveRecordId;
    }

    public void healthQuestionnaire(long sensitiveRecordId) {
        this.healthQuestionnaireId = sensitiveRecordId;
    }

    /** Records the hiring dates of an application moved to hired. */
    public void hired(LocalDate on, LocalDate startsOn) {
        this.hiredOn = on;
        this.startsOn = startsOn;
    }

    /** HR lets the campaign's hiring managers change this application after hire; {@code by} is HR's account. */
    public void giveManagersLeave(String by, LocalDateTime at) {
        this.managerLeaveBy = by;
        this.managerLeaveAt = at;
    }

    public void withdrawManagersLeave() {
        this.managerLeaveBy = null;
        this.managerLeaveAt = null;
    }

    /**
     * R7: what is left can no longer single anyone out. The person, the source's name, the reasons, the checks'
     * records and accounts, the declarations' references and every date but the received one go; the received day
     * becomes its month or year ({@code precision}, which the caller chose from the size of the group), and the
     * times that must stay (status changed, created) become that same period's first day, saying nothing more. The
     * time of anonymisation is kept to its month: an exact time would link the row to the erasure's audit entry.
     * The campaign, the status and the kind of source stay, for counts.
     */
    public void anonymise(LocalDateTime at, Anonymity.Precision precision) {
        this.subjectId = null;
        this.sourceName = null;
        this.closingReason = null;
        this.closingReasonTold = false;
        this.identityCheckedOn = null;
        this.identityCheckedBy = null;
        this.qualificationsCheckedOn = null;
        this.qualificationsCheckedBy = null;
        this.criminalDeclarationId = null;
        this.healthQuestionnaireId = null;
        this.hiredOn = null;
        this.startsOn = null;
        this.managerLeaveBy = null;
        this.managerLeaveAt = null;
        this.receivedOn = precision.coarsen(receivedOn);
        this.receivedPrecision = precision;
        this.statusChangedAt = receivedOn.atStartOfDay();
        this.createdAt = receivedOn.atStartOfDay();
        this.anonymisedAt = Anonymity.Precision.MONTH.coarsen(at.toLocalDate()).atStartOfDay();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long campaignId() {
        return campaignId;
    }

    public Long subjectId() {
        return subjectId;
    }

    public ApplicationSource source() {
        return source;
    }

    public String sourceName() {
        return sourceName;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public ApplicationStatus status() {
        return status;
    }

    public LocalDateTime statusChangedAt() {
        return statusChangedAt;
    }

    public String closingReason() {
        return closingReason;
    }

    public boolean closingReasonTold() {
        return closingReasonTold;
    }

    public LocalDate identityCheckedOn() {
        return identityCheckedOn;
    }

    public String identityCheckedBy() {
        return identityCheckedBy;
    }

    public LocalDate qualificationsCheckedOn() {
        return qualificationsCheckedOn;
    }

    public String qualificationsCheckedBy() {
        return qualificationsCheckedBy;
    }

    public Long criminalDeclarationId() {
        return criminalDeclarationId;
    }

    public Long healthQuestionnaireId() {
        return healthQuestionnaireId;
    }

    public LocalDate hiredOn() {
        return hiredOn;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    /** Whether HR lets the campaign's hiring managers change this application after hire. */
    public boolean managersMayChange() {
        return managerLeaveBy != null;
    }

    public String managerLeaveBy() {
        return managerLeaveBy;
    }

    public LocalDateTime managerLeaveAt() {
        return managerLeaveAt;
    }

    public LocalDateTime anonymisedAt() {
        return anonymisedAt;
    }

    /** Anonymised: how precisely the received day is kept; null while the application names its person. */
    public Anonymity.Precision receivedPrecision() {
        return receivedPrecision;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}

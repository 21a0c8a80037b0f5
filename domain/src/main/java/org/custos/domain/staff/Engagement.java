package org.custos.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.EngagementType;

/**
 * One dated state of a staff file's engagement (T1): a change is a new row, never an update, so the history is the
 * rows in the order recorded and the latest is current, marked so that queries join it. Only a
 * rectification (D5) corrects a row where it stands.
 */
@Entity
@Table(name = "stf_engagement")
public class Engagement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "staff_file_id", nullable = false)
    private long staffFileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "engagement_type", nullable = false)
    private EngagementType type;

    @Column(name = "job_title", nullable = false)
    private String jobTitle;

    @Column(name = "department")
    private String department;

    @Column(name = "line_manager_file_id")
    private Long lineManagerFileId;

    @Column(name = "place_of_work")
    private String placeOfWork;

    @Column(name = "contract_type")
    private String contractType;

    @Column(name = "weekly_hours")
    private BigDecimal weeklyHours;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "probation_end")
    private LocalDate probationEnd;

    @Column(name = "leaving_date")
    private LocalDate leavingDate;

    @Column(name = "leaving_reason")
    private String leavingReason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "latest", nullable = false)
    private boolean latest = true;

    protected Engagement() {
    }

    /** The first engagement of a file: its type, job title and start date; the rest is added by later changes. */
    public Engagement(long staffFileId, EngagementType type, String jobTitle, LocalDate startDate, String recordedBy,
            LocalDateTime recordedAt) {
        this(staffFileId, type, jobTitle, null, null, null, null, null, startDate, null, null, null, recordedBy,
                recordedAt);
    }

    /** A change of engagement: the whole engagement as it stands from now on. */
    public Engagement(long staffFileId, EngagementType type, String jobTitle, String department, Long lineManagerFileId,
            String placeOfWork, String contractType, BigDecimal weeklyHours, LocalDate startDate,
            LocalDate probationEnd, LocalDate leavingDate, String leavingReason, String recordedBy,
            LocalDateTime recordedAt) {
        this.staffFileId = staffFileId;
        this.type = type;
        this.jobTitle = jobTitle;
        this.department = department;
        this.lineManagerFileId = lineManagerFileId;
        this.placeOfWork = placeOfWork;
        this.contractType = contractType;
        this.weeklyHours = weeklyHours;
        this.startDate = startDate;
        this.probationEnd = probationEnd;
        this.leavingDate = leavingDate;
        this.leavingReason = leavingReason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A change of engagement recorded after this row: it becomes history. */
    public void supersede() {
        this.latest = false;
    }

    /** D5: the job title as rectified, where it stands (not a change of engagement). */
    public void correctJobTitle(String corrected) {
        this.jobTitle = corrected;
    }

    /** D5: the department as rectified. */
    public void correctDepartment(String corrected) {
        this.department = corrected;
    }

    /** D5: the place of work as rectified. */
    public void correctPlaceOfWork(String corrected) {
        this.placeOfWork = corrected;
    }

    /** D5: the contract type as rectified. */
    public void correctContractType(String corrected) {
        this.contractType = corrected;
    }

    public Long id() {
        return id;
    }

    public long staffFileId() {
        return staffFileId;
    }

    public EngagementType type() {
        return type;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String department() {
        return department;
    }

    public Long lineManagerFileId() {
        return lineManagerFileId;
    }

    public String placeOfWork() {
        return placeOfWork;
    }

    public String contractType() {
        return contractType;
    }

    public BigDecimal weeklyHours() {
        return weeklyHours;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate probationEnd() {
        return probationEnd;
    }

    public LocalDate leavingDate() {
        return leavingDate;
    }

    public String leavingReason() {
        return leavingReason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}

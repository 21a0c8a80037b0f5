package org.custos.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A hire whose staff file is not open yet (R2): written in the hire's own transaction, so that no hire is lost, and
 * removed when its file opens. One that failed to open keeps the reason, for HR to see and retry.
 */
@Entity
@Table(name = "stf_pending_hire")
public class PendingHire {

    /** The longest failure kept (the column's size). */
    public static final int FAILURE_LENGTH = 2000;

    @Id
    @Column(name = "application_id")
    private long applicationId;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "job_title", nullable = false)
    private String jobTitle;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "hired_by", nullable = false)
    private String hiredBy;

    @Column(name = "hired_at", nullable = false)
    private LocalDateTime hiredAt;

    @Column(name = "failure")
    private String failure;

    @Column(name = "failed_at")
    private LocalDateTime failedAt;

    protected PendingHire() {
    }

    public PendingHire(long applicationId, long subjectId, String jobTitle, LocalDate startsOn, String hiredBy,
            LocalDateTime hiredAt) {
        this.applicationId = applicationId;
        this.subjectId = subjectId;
        this.jobTitle = jobTitle;
        this.startsOn = startsOn;
        this.hiredBy = hiredBy;
        this.hiredAt = hiredAt;
    }

    /** Why the file did not open, cut to the column's size. */
    public void failed(String reason, LocalDateTime at) {
        this.failure = reason.length() > FAILURE_LENGTH ? reason.substring(0, FAILURE_LENGTH) : reason;
        this.failedAt = at;
    }

    public long applicationId() {
        return applicationId;
    }

    public long version() {
        return version;
    }

    public long subjectId() {
        return subjectId;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public String hiredBy() {
        return hiredBy;
    }

    public LocalDateTime hiredAt() {
        return hiredAt;
    }

    public String failure() {
        return failure;
    }

    public LocalDateTime failedAt() {
        return failedAt;
    }
}

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.RightToWorkPermission;

/**
 * A right-to-work check of a member of staff (T1): when and by whom it was made, and what it found (a time-limited
 * permission has its expiry). The copies of the documents checked are {@link StaffDocument}s of the check; a
 * re-check is a new check, the latest being the one that stands.
 */
@Entity
@Table(name = "stf_right_to_work")
public class RightToWorkCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "staff_file_id", nullable = false)
    private long staffFileId;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RightToWorkPermission permission;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected RightToWorkCheck() {
    }

    public RightToWorkCheck(long staffFileId, LocalDate checkedOn, String checkedBy, RightToWorkPermission permission,
            LocalDate expiresOn, String recordedBy, LocalDateTime recordedAt) {
        this.staffFileId = staffFileId;
        this.checkedOn = checkedOn;
        this.checkedBy = checkedBy;
        this.permission = permission;
        this.expiresOn = expiresOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long staffFileId() {
        return staffFileId;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public RightToWorkPermission permission() {
        return permission;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}

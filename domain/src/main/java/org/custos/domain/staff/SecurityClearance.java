package org.custos.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A security clearance of a member of staff (T1): its level, the vetting body, when granted and until when. */
@Entity
@Table(name = "stf_security_clearance")
public class SecurityClearance {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "staff_file_id", nullable = false)
    private long staffFileId;

    @Column(name = "clearance_level", nullable = false)
    private String level;

    @Column(name = "vetting_body", nullable = false)
    private String vettingBody;

    @Column(name = "granted_on", nullable = false)
    private LocalDate grantedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected SecurityClearance() {
    }

    public SecurityClearance(long staffFileId, String level, String vettingBody, LocalDate grantedOn,
            LocalDate expiresOn, String recordedBy, LocalDateTime recordedAt) {
        this.staffFileId = staffFileId;
        this.level = level;
        this.vettingBody = vettingBody;
        this.grantedOn = grantedOn;
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

    public String level() {
        return level;
    }

    public String vettingBody() {
        return vettingBody;
    }

    public LocalDate grantedOn() {
        return grantedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }
}

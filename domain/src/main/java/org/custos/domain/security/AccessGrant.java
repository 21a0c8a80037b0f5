package org.custos.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Need to know (X1): one account may see one record, or a group of records the owning context names, for a
 * reason, until a date. A DPM break-glass access is a grant to the DPM flagged as such.
 */
@Entity
@Table(name = "sec_access_grant")
@SequenceGenerator(name = "sec_access_grant_seq", sequenceName = "sec_access_grant_seq", allocationSize = 50)
public class AccessGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_access_grant_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String account;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id")
    private String recordId;

    @Column(name = "group_key")
    private String groupKey;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "break_glass", nullable = false)
    private boolean breakGlass;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private LocalDateTime grantedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected AccessGrant() {
    }

    /** A grant of one record ({@code recordId}) or of a group ({@code groupKey}) of the given record type. */
    public AccessGrant(String account, String recordType, String recordId, String groupKey, Long subjectId,
            String reason, LocalDate validUntil, boolean breakGlass, String grantedBy, LocalDateTime grantedAt) {
        this.account = account;
        this.recordType = recordType;
        this.recordId = recordId;
        this.groupKey = groupKey;
        this.subjectId = subjectId;
        this.reason = reason;
        this.validUntil = validUntil;
        this.breakGlass = breakGlass;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public void revoke(String by, LocalDateTime at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String account() {
        return account;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String groupKey() {
        return groupKey;
    }

    public Long subjectId() {
        return subjectId;
    }

    public String reason() {
        return reason;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public boolean breakGlass() {
        return breakGlass;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public LocalDateTime grantedAt() {
        return grantedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public LocalDateTime revokedAt() {
        return revokedAt;
    }
}

package org.custos.domain.security;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One link of the audit chain (X2): who did what to which record, when, for which purpose, with what outcome.
 * Holds no personal data values. {@code position} is the entry's place in the chain (1, 2, 3 ...); {@code mac}
 * covers the content and the previous entry's mac. {@code shownSubjectIds} are the people a search or list
 * showed, besides the entry's subject. Never cached: verification must read what is in the table.
 */
@Entity
@Table(name = "sec_audit_entry")
@Cacheable(false)
public class AuditEntry {

    @Id
    private long position;

    @Version
    private long version;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private String recordId;

    @Column(name = "purpose_id")
    private Long purposeId;

    @Column(nullable = false)
    private String outcome;

    private String detail;

    @Column(name = "previous_mac", nullable = false)
    private String previousMac;

    @Column(nullable = false)
    private String mac;

    @ElementCollection
    @CollectionTable(name = "sec_audit_entry_shown", joinColumns = @JoinColumn(name = "position"))
    @Column(name = "subject_id")
    private Set<Long> shownSubjectIds = new TreeSet<>();

    protected AuditEntry() {
    }

    public AuditEntry(long position, LocalDateTime occurredAt, String actor, String action, Long subjectId,
            String recordType, String recordId, Long purposeId, String outcome, String detail,
            List<Long> shownSubjectIds, String previousMac, String mac) {
        this.position = position;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectId = subjectId;
        this.recordType = recordType;
        this.recordId = recordId;
        this.purposeId = purposeId;
        this.outcome = outcome;
        this.detail = detail;
        this.shownSubjectIds = new TreeSet<>(shownSubjectIds);
        this.previousMac = previousMac;
        this.mac = mac;
    }

    public long position() {
        return position;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public Long subjectId() {
        return subjectId;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public Long purposeId() {
        return purposeId;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public String previousMac() {
        return previousMac;
    }

    public String mac() {
        return mac;
    }
}

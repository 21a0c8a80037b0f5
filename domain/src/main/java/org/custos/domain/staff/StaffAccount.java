package org.custos.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * The account through which a member of staff sees their own record (A1, X1): linked by HR to the person's own entry
 * in the register, one account per person and one person per account.
 */
@Entity
@Table(name = "stf_account")
public class StaffAccount {

    @Id
    @Column(name = "subject_id")
    private long subjectId;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "linked_by", nullable = false)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private LocalDateTime linkedAt;

    protected StaffAccount() {
    }

    public StaffAccount(long subjectId, String username, String linkedBy, LocalDateTime linkedAt) {
        this.subjectId = subjectId;
        this.username = username;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    public long subjectId() {
        return subjectId;
    }

    public String username() {
        return username;
    }

    public String linkedBy() {
        return linkedBy;
    }

    public LocalDateTime linkedAt() {
        return linkedAt;
    }
}

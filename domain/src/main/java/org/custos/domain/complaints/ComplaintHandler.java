package org.custos.domain.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An account named to handle a complaint (X1): with the DPM's emergency access, the only way into the file. */
@Entity
@Table(name = "cmp_handler")
public class ComplaintHandler {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cmp_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(nullable = false)
    private String account;

    protected ComplaintHandler() {
    }

    public ComplaintHandler(long complaintId, String account) {
        this.complaintId = complaintId;
        this.account = account;
    }

    public Long id() {
        return id;
    }

    public long complaintId() {
        return complaintId;
    }

    public String account() {
        return account;
    }
}

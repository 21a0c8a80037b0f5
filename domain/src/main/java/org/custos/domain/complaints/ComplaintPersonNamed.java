package org.custos.domain.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person a complaint concerns (P1): someone in the register (S1), in the category "named in a complaint". */
@Entity
@Table(name = "cmp_person_named")
public class ComplaintPersonNamed {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cmp_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    protected ComplaintPersonNamed() {
    }

    public ComplaintPersonNamed(long complaintId, long subjectId) {
        this.complaintId = complaintId;
        this.subjectId = subjectId;
    }

    public Long id() {
        return id;
    }

    public long complaintId() {
        return complaintId;
    }

    public long subjectId() {
        return subjectId;
    }
}

package org.custos.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone to call in an emergency, named at the final offer (C2): a person in the register. */
@Entity
@Table(name = "rec_emergency_contact")
public class EmergencyContact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private String relationship;

    protected EmergencyContact() {
    }

    public EmergencyContact(long applicationId, long subjectId, String relationship) {
        this.applicationId = applicationId;
        this.subjectId = subjectId;
        this.relationship = relationship;
    }

    /** D5: the relationship as rectified. */
    public void correctRelationship(String corrected) {
        this.relationship = corrected;
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public long subjectId() {
        return subjectId;
    }

    public String relationship() {
        return relationship;
    }
}

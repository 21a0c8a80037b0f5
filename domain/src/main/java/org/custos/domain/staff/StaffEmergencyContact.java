package org.custos.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone to call in an emergency for a member of staff: a person in the register (category emergency contact). */
@Entity
@Table(name = "stf_emergency_contact")
public class StaffEmergencyContact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "staff_file_id", nullable = false)
    private long staffFileId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private String relationship;

    protected StaffEmergencyContact() {
    }

    public StaffEmergencyContact(long staffFileId, long subjectId, String relationship) {
        this.staffFileId = staffFileId;
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

    public long staffFileId() {
        return staffFileId;
    }

    public long subjectId() {
        return subjectId;
    }

    public String relationship() {
        return relationship;
    }
}

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
import org.custos.domain.shared.AccuracyGroup;

/**
 * When a group of a staff file was last confirmed as still right (A1), and by whom: the member of staff confirming
 * it, or HR applying a change they reported to it. One row per file and group, moved on by each confirmation.
 */
@Entity
@Table(name = "stf_accuracy_confirmation")
public class AccuracyConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "staff_file_id", nullable = false)
    private long staffFileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_group", nullable = false)
    private AccuracyGroup group;

    @Column(name = "confirmed_on", nullable = false)
    private LocalDate confirmedOn;

    @Column(name = "confirmed_by", nullable = false)
    private String confirmedBy;

    protected AccuracyConfirmation() {
    }

    public AccuracyConfirmation(long staffFileId, AccuracyGroup group) {
        this.staffFileId = staffFileId;
        this.group = group;
    }

    /** Records a confirmation on {@code on}. */
    public void confirmed(LocalDate on, String by) {
        this.confirmedOn = on;
        this.confirmedBy = by;
    }

    public long staffFileId() {
        return staffFileId;
    }

    public AccuracyGroup group() {
        return group;
    }

    public LocalDate confirmedOn() {
        return confirmedOn;
    }

    public String confirmedBy() {
        return confirmedBy;
    }
}

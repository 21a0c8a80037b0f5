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

/**
 * A period of sickness absence on a staff file: its dates and whether a fit note was given, nothing about the
 * illness (that is health data, kept as sensitive records linked by {@link AbsenceHealthRecord}).
 */
@Entity
@Table(name = "stf_absence")
public class SicknessAbsence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "staff_file_id", nullable = false)
    private long staffFileId;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Column(name = "fit_note_given", nullable = false)
    private boolean fitNoteGiven;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected SicknessAbsence() {
    }

    public SicknessAbsence(long staffFileId, LocalDate firstDay, LocalDate lastDay, boolean fitNoteGiven,
            String recordedBy, LocalDateTime recordedAt) {
        this.staffFileId = staffFileId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        change(firstDay, lastDay, fitNoteGiven);
    }

    /** Puts the period right or ends it: the last day once known, the fit note once given. */
    public final void change(LocalDate firstDay, LocalDate lastDay, boolean fitNoteGiven) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.fitNoteGiven = fitNoteGiven;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long staffFileId() {
        return staffFileId;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    /** Null while the absence continues. */
    public LocalDate lastDay() {
        return lastDay;
    }

    public boolean fitNoteGiven() {
        return fitNoteGiven;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}

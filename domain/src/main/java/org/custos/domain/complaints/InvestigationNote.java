package org.custos.domain.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One dated step of a complaint's investigation (P1: appropriate steps without undue delay), as its handler wrote it. */
@Entity
@Table(name = "cmp_note")
public class InvestigationNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cmp_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Column(nullable = false)
    private String text;

    @Column(name = "noted_by", nullable = false)
    private String notedBy;

    @Column(name = "noted_at", nullable = false)
    private LocalDateTime notedAt;

    protected InvestigationNote() {
    }

    public InvestigationNote(long complaintId, LocalDate notedOn, String text, String notedBy, LocalDateTime notedAt) {
        this.complaintId = complaintId;
        this.notedOn = notedOn;
        this.text = text;
        this.notedBy = notedBy;
        this.notedAt = notedAt;
    }

    public Long id() {
        return id;
    }

    public long complaintId() {
        return complaintId;
    }

    public LocalDate notedOn() {
        return notedOn;
    }

    public String text() {
        return text;
    }

    public String notedBy() {
        return notedBy;
    }

    public LocalDateTime notedAt() {
        return notedAt;
    }
}

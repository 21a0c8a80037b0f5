package org.custos.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.DpiaProgress;
import org.custos.domain.shared.HighRiskIndicator;

/**
 * The data protection impact assessment of one purpose (a processing activity): the screening answers (the
 * indicators answered yes, kept as their names in one column so that a list reads no second table), whether the DPM
 * requires one anyway and why, its progress, measures, the DPM's sign-off and the review date. Its document is a
 * {@link DpiaDocument}.
 */
@Entity
@Table(name = "prot_dpia")
@SequenceGenerator(name = "prot_dpia_seq", sequenceName = "prot_dpia_seq", allocationSize = 50)
public class Dpia {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_dpia_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "purpose_id", nullable = false, unique = true)
    private long purposeId;

    /** The indicators answered yes, their names separated by commas; empty when none. */
    @Column(nullable = false)
    private String indicators = "";

    @Column(name = "screened_at")
    private LocalDateTime screenedAt;

    @Column(name = "screened_by")
    private String screenedBy;

    @Column(name = "required_by_dpm", nullable = false)
    private boolean requiredByDpm;

    @Column(name = "dpm_reason")
    private String dpmReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DpiaProgress progress = DpiaProgress.NOT_STARTED;

    private String measures;

    @Column(name = "signed_off_by")
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private LocalDateTime signedOffAt;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Dpia() {
    }

    public Dpia(long purposeId, LocalDateTime now, String by) {
        this.purposeId = purposeId;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Records the screening answers and whether the DPM requires a DPIA whatever they say. */
    public void screen(Set<HighRiskIndicator> yes, boolean requiredAnyway, String reason, LocalDateTime now,
            String by) {
        this.indicators = yes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.requiredByDpm = requiredAnyway;
        this.dpmReason = requiredAnyway ? reason.trim() : null;
        this.screenedAt = now;
        this.screenedBy = by;
        touched(now, by);
    }

    /** Moves the work on (never to signed off: that is {@link #signOff}); a change after sign-off reopens it. */
    public void work(DpiaProgress next, String measuresTaken, LocalDateTime now, String by) {
        this.progress = next;
        this.measures = measuresTaken == null || measuresTaken.isBlank() ? null : measuresTaken.trim();
        this.signedOffBy = null;
        this.signedOffAt = null;
        touched(now, by);
    }

    /** The DPM's sign-off, with the date the assessment is next reviewed. */
    public void signOff(LocalDate review, LocalDateTime now, String by) {
        this.progress = DpiaProgress.SIGNED_OFF;
        this.signedOffBy = by;
        this.signedOffAt = now;
        this.reviewDate = review;
        touched(now, by);
    }

    /** A new review date, set by the DPM. */
    public void reviewBy(LocalDate review, LocalDateTime now, String by) {
        this.reviewDate = review;
        touched(now, by);
    }

    public void touched(LocalDateTime now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long purposeId() {
        return purposeId;
    }

    public Set<HighRiskIndicator> indicators() {
        return indicators(indicators);
    }

    /** The indicators of the stored column (as a native list query reads it). */
    public static Set<HighRiskIndicator> indicators(String column) {
        Set<HighRiskIndicator> yes = EnumSet.noneOf(HighRiskIndicator.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(HighRiskIndicator::valueOf).forEach(yes::add);
        }
        return yes;
    }

    public LocalDateTime screenedAt() {
        return screenedAt;
    }

    public String screenedBy() {
        return screenedBy;
    }

    public boolean requiredByDpm() {
        return requiredByDpm;
    }

    public String dpmReason() {
        return dpmReason;
    }

    public DpiaProgress progress() {
        return progress;
    }

    public String measures() {
        return measures;
    }

    public String signedOffBy() {
        return signedOffBy;
    }

    public LocalDateTime signedOffAt() {
        return signedOffAt;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}

package org.custos.domain.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.WarningLevel;

/**
 * A disciplinary, grievance or capability case on a staff file (R3, X1): seen only by the HR handlers it names and
 * the DPM, never by {@code aboutAccount} (the account of the person it complains of or is about). Its notes,
 * meetings and documents hang on it; when its warning expires they go and this row stays as the summary.
 */
@Entity
@Table(name = "stf_case")
public class HrCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "staff_file_id", nullable = false)
    private long staffFileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HrCaseKind kind;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(nullable = false)
    private String summary;

    @Column(name = "about_account")
    private String aboutAccount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stf_case_handler", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "account", nullable = false)
    private Set<String> handlers = new TreeSet<>();

    private String outcome;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_level")
    private WarningLevel warningLevel;

    @Column(name = "warning_expires_on")
    private LocalDate warningExpiresOn;

    @Column(name = "summarised_on")
    private LocalDate summarisedOn;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    protected HrCase() {
    }

    public HrCase(long staffFileId, HrCaseKind kind, LocalDate openedOn, String summary, String aboutAccount,
            Set<String> handlers, String openedBy, LocalDateTime openedAt) {
        this.staffFileId = staffFileId;
        this.kind = kind;
        this.openedOn = openedOn;
        this.summary = summary;
        this.aboutAccount = aboutAccount;
        this.handlers.addAll(handlers);
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** The case reassigned: these HR accounts handle it from now on. */
    public void handledBy(Set<String> accounts) {
        handlers.clear();
        handlers.addAll(accounts);
    }

    /** The outcome, with the warning's level and expiry when it is one (both null otherwise). */
    public void decide(String outcome, LocalDate decidedOn, WarningLevel warningLevel, LocalDate warningExpiresOn) {
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.warningLevel = warningLevel;
        this.warningExpiresOn = warningExpiresOn;
    }

    /** R3: its details are gone; this row is the summary kept. */
    public void summarised(LocalDate on) {
        this.summarisedOn = on;
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

    public HrCaseKind kind() {
        return kind;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public String summary() {
        return summary;
    }

    public String aboutAccount() {
        return aboutAccount;
    }

    public Set<String> handlers() {
        return Set.copyOf(handlers);
    }

    public String outcome() {
        return outcome;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public WarningLevel warningLevel() {
        return warningLevel;
    }

    public LocalDate warningExpiresOn() {
        return warningExpiresOn;
    }

    public LocalDate summarisedOn() {
        return summarisedOn;
    }

    public String openedBy() {
        return openedBy;
    }

    public LocalDateTime openedAt() {
        return openedAt;
    }
}

package org.custos.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.custos.domain.shared.ConsentMethod;

/**
 * A rejected applicant's consent to be kept for future vacancies (L2, R1): what they were told, how and when
 * they agreed, and their withdrawal, which ends the extension at once.
 */
@Entity
@Table(name = "rec_talent_pool_consent")
public class TalentPoolConsent {

    @Id
    @Column(name = "application_id")
    private long applicationId;

    @Version
    private long version;

    @Column(nullable = false)
    private String notice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentMethod method;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_recorded_by")
    private String withdrawalRecordedBy;

    protected TalentPoolConsent() {
    }

    public TalentPoolConsent(long applicationId, String notice, ConsentMethod method, LocalDate givenOn,
            String recordedBy) {
        this.applicationId = applicationId;
        this.notice = notice;
        this.method = method;
        this.givenOn = givenOn;
        this.recordedBy = recordedBy;
    }

    public void withdraw(LocalDate on, String recordedBy) {
        this.withdrawnOn = on;
        this.withdrawalRecordedBy = recordedBy;
    }

    public long applicationId() {
        return applicationId;
    }

    public long version() {
        return version;
    }

    public String notice() {
        return notice;
    }

    public ConsentMethod method() {
        return method;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String withdrawalRecordedBy() {
        return withdrawalRecordedBy;
    }
}

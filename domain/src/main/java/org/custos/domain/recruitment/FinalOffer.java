package org.custos.domain.recruitment;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.crypto.EncryptedText;

/** The final offer of an application (C2) with the bank details it asks for, encrypted at rest (X3). */
@Entity
@Table(name = "rec_final_offer")
@Cacheable(false)
public class FinalOffer {

    @Id
    @Column(name = "application_id")
    private long applicationId;

    @Version
    private long version;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Convert(converter = EncryptedText.class)
    @Column(name = "account_holder", nullable = false)
    private String accountHolder;

    @Convert(converter = EncryptedText.class)
    @Column(name = "sort_code", nullable = false)
    private String sortCode;

    @Convert(converter = EncryptedText.class)
    @Column(name = "account_number", nullable = false)
    private String accountNumber;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected FinalOffer() {
    }

    public FinalOffer(long applicationId) {
        this.applicationId = applicationId;
    }

    public void record(LocalDate madeOn, String accountHolder, String sortCode, String accountNumber,
            String recordedBy, LocalDateTime recordedAt) {
        this.madeOn = madeOn;
        this.accountHolder = accountHolder;
        this.sortCode = sortCode;
        this.accountNumber = accountNumber;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long applicationId() {
        return applicationId;
    }

    public long version() {
        return version;
    }

    public LocalDate madeOn() {
        return madeOn;
    }

    public String accountHolder() {
        return accountHolder;
    }

    public String sortCode() {
        return sortCode;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}

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
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.Sealed;
import org.custos.domain.crypto.SealedColumn;

/**
 * The final offer of an application (C2) with the bank details it asks for, encrypted at rest (X3), each detail
 * bound to its column and to the application.
 */
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

    @Convert(converter = SealedColumn.class)
    @Column(name = "account_holder", nullable = false)
    private Sealed accountHolder;

    @Convert(converter = SealedColumn.class)
    @Column(name = "sort_code", nullable = false)
    private Sealed sortCode;

    @Convert(converter = SealedColumn.class)
    @Column(name = "account_number", nullable = false)
    private Sealed accountNumber;

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
        this.accountHolder = EncryptedColumns.FINAL_OFFER_ACCOUNT_HOLDER.seal(accountHolder, applicationId);
        this.sortCode = EncryptedColumns.FINAL_OFFER_SORT_CODE.seal(sortCode, applicationId);
        this.accountNumber = EncryptedColumns.FINAL_OFFER_ACCOUNT_NUMBER.seal(accountNumber, applicationId);
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
        return EncryptedColumns.FINAL_OFFER_ACCOUNT_HOLDER.open(accountHolder, applicationId);
    }

    public String sortCode() {
        return EncryptedColumns.FINAL_OFFER_SORT_CODE.open(sortCode, applicationId);
    }

    public String accountNumber() {
        return EncryptedColumns.FINAL_OFFER_ACCOUNT_NUMBER.open(accountNumber, applicationId);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}

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
 * bound to its column and to the application. At hire they move to the staff file (ADR 0010): the offer then keeps
 * only when they moved.
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
    @Column(name = "account_holder")
    private Sealed accountHolder;

    @Convert(converter = SealedColumn.class)
    @Column(name = "sort_code")
    private Sealed sortCode;

    @Convert(converter = SealedColumn.class)
    @Column(name = "account_number")
    private Sealed accountNumber;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "moved_to_staff_at")
    private LocalDateTime movedToStaffAt;

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

    /** The bank details are the staff file's now: none stay here. */
    public void movedToStaff(LocalDateTime at) {
        this.accountHolder = null;
        this.sortCode = null;
        this.accountNumber = null;
        this.movedToStaffAt = at;
    }

    /** When the bank details moved to the staff file, or null while they are here. */
    public LocalDateTime movedToStaffAt() {
        return movedToStaffAt;
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

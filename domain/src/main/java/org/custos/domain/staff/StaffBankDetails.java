package org.custos.domain.staff;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.Sealed;
import org.custos.domain.crypto.SealedColumn;

/**
 * The bank details of a staff file, encrypted at rest (X3), each bound to its column and to the file (ADR 0009):
 * the one copy the organisation keeps once the final offer's have moved here.
 */
@Entity
@Table(name = "stf_bank_details")
@Cacheable(false)
public class StaffBankDetails {

    @Id
    @Column(name = "staff_file_id")
    private long staffFileId;

    @Version
    private long version;

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

    protected StaffBankDetails() {
    }

    public StaffBankDetails(long staffFileId) {
        this.staffFileId = staffFileId;
    }

    public void record(String accountHolder, String sortCode, String accountNumber, String recordedBy,
            LocalDateTime recordedAt) {
        this.accountHolder = EncryptedColumns.STAFF_ACCOUNT_HOLDER.seal(accountHolder, staffFileId);
        this.sortCode = EncryptedColumns.STAFF_SORT_CODE.seal(sortCode, staffFileId);
        this.accountNumber = EncryptedColumns.STAFF_ACCOUNT_NUMBER.seal(accountNumber, staffFileId);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long staffFileId() {
        return staffFileId;
    }

    public long version() {
        return version;
    }

    public String accountHolder() {
        return EncryptedColumns.STAFF_ACCOUNT_HOLDER.open(accountHolder, staffFileId);
    }

    public String sortCode() {
        return EncryptedColumns.STAFF_SORT_CODE.open(sortCode, staffFileId);
    }

    public String accountNumber() {
        return EncryptedColumns.STAFF_ACCOUNT_NUMBER.open(accountNumber, staffFileId);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}

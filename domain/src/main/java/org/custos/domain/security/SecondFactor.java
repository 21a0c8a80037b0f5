package org.custos.domain.security;

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
 * An account's second factor: the shared secret of its authenticator app (TOTP, RFC 6238), encrypted at rest (X3)
 * and bound to the account, so that another account's secret copied here does not open it; never in the shared
 * cache.
 */
@Entity
@Cacheable(false)
@Table(name = "sec_second_factor")
public class SecondFactor {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Version
    private long version;

    @Convert(converter = SealedColumn.class)
    @Column(nullable = false)
    private Sealed secret;

    @Column(name = "enabled_at", nullable = false)
    private LocalDateTime enabledAt;

    /** The time step (RFC 6238) of the last code accepted: a code is accepted once only. */
    @Column(name = "last_step", nullable = false)
    private long lastStep;

    protected SecondFactor() {
    }

    public SecondFactor(long accountId, String secret, LocalDateTime enabledAt, long step) {
        this.accountId = accountId;
        this.secret = EncryptedColumns.SECOND_FACTOR_SECRET.seal(secret, accountId);
        this.enabledAt = enabledAt;
        this.lastStep = step;
    }

    /** Records the time step of a code accepted now. */
    public void used(long step) {
        this.lastStep = step;
    }

    public long accountId() {
        return accountId;
    }

    public String secret() {
        return EncryptedColumns.SECOND_FACTOR_SECRET.open(secret, accountId);
    }

    public long lastStep() {
        return lastStep;
    }

    public LocalDateTime enabledAt() {
        return enabledAt;
    }
}

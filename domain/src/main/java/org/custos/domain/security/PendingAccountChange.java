package org.custos.domain.security;

import jakarta.persistence.Cacheable;
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
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.AccountChangeKind;
import org.custos.domain.shared.Role;

/**
 * A change of an account that waits for the DPM's confirmation (X6): roles that let the account see personal
 * data, or a new password for an account holding such roles. One of each kind per account; asking again replaces
 * what was asked. Once decided, the row goes and the audit trail keeps what happened.
 */
@Entity
@Cacheable(false)
@Table(name = "sec_account_change")
@SequenceGenerator(name = "sec_account_change_seq", sequenceName = "sec_account_change_seq", allocationSize = 50)
public class PendingAccountChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_account_change_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountChangeKind kind;

    /** The roles the account is to hold, by name, comma-separated (kind ROLES). */
    @Column(name = "roles_wanted")
    private String rolesWanted;

    /** The hash of the new password (kind PASSWORD). */
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    protected PendingAccountChange() {
    }

    private PendingAccountChange(long accountId, AccountChangeKind kind) {
        this.accountId = accountId;
        this.kind = kind;
    }

    public static PendingAccountChange roles(long accountId) {
        return new PendingAccountChange(accountId, AccountChangeKind.ROLES);
    }

    public static PendingAccountChange password(long accountId) {
        return new PendingAccountChange(accountId, AccountChangeKind.PASSWORD);
    }

    /** What is asked now, by whom and when; replaces what was asked before. */
    public void ask(Collection<Role> roles, String passwordHash, String by, LocalDateTime at) {
        this.rolesWanted = roles == null ? null
                : roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.passwordHash = passwordHash;
        this.requestedBy = by;
        this.requestedAt = at;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long accountId() {
        return accountId;
    }

    public AccountChangeKind kind() {
        return kind;
    }

    public Set<Role> rolesWanted() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (rolesWanted != null && !rolesWanted.isEmpty()) {
            Arrays.stream(rolesWanted.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public LocalDateTime requestedAt() {
        return requestedAt;
    }
}

package org.custos.domain.security;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.custos.domain.shared.ClientScope;

/**
 * The credential of a client system that sends data in through the API: its name, what it may send (scopes), and
 * the hash of its token, never the token. Revoked tokens are kept, so the administrator sees when they were used.
 */
@Entity
@Cacheable(false)
@Table(name = "sec_intake_token")
@SequenceGenerator(name = "sec_intake_token_seq", sequenceName = "sec_intake_token_seq", allocationSize = 50)
public class IntakeToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_intake_token_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(nullable = false)
    private String scopes;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected IntakeToken() {
    }

    public IntakeToken(String name, String tokenHash, Collection<ClientScope> scopes, String createdBy,
            LocalDateTime createdAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.scopes = scopes.stream().map(ClientScope::name).sorted().collect(Collectors.joining(","));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void used(LocalDateTime at) {
        this.lastUsedAt = at;
    }

    public void revoke(String by, LocalDateTime at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public Set<ClientScope> scopes() {
        Set<ClientScope> set = EnumSet.noneOf(ClientScope.class);
        Arrays.stream(scopes.split(",")).filter(each -> !each.isEmpty()).map(ClientScope::valueOf).forEach(set::add);
        return set;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime lastUsedAt() {
        return lastUsedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public LocalDateTime revokedAt() {
        return revokedAt;
    }
}

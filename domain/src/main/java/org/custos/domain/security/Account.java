package org.custos.domain.security;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.custos.domain.shared.Role;

/** A person's login to Custos, with the roles they hold (X1). */
@Entity
@Table(name = "sec_account")
@SequenceGenerator(name = "sec_account_seq", sequenceName = "sec_account_seq", allocationSize = 50)
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_account_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** Where the holder's daily reminders go; none, no reminders. */
    private String email;

    /** None for an account of the directory, whose password the directory checks. */
    @Column(name = "password_hash")
    private String passwordHash;

    /** The account signs in through the organisation's directory, which also decides its roles. */
    @Column(nullable = false)
    private boolean directory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    /** A password the administrator set must be changed by the account's holder at the next login. */
    @Column(name = "password_change_due", nullable = false)
    private boolean passwordChangeDue;

    /** Sessions that began before this moment are no longer valid (disable, password reset, role change). */
    @Column(name = "sessions_valid_from", nullable = false)
    private LocalDateTime sessionsValidFrom;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Collection<Role> roles,
            LocalDateTime now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles.addAll(roles);
        this.createdAt = now;
        this.sessionsValidFrom = now;
    }

    /** The account of a directory user at their first login: no password here, and no role yet. */
    public static Account ofDirectory(String username, String displayName, LocalDateTime now) {
        Account account = new Account(username, displayName, null, Set.of(), now);
        account.directory = true;
        return account;
    }

    public void assignRoles(Collection<Role> roles, LocalDateTime now) {
        this.roles.clear();
        this.roles.addAll(roles);
        endSessions(now);
    }

    /** A password the administrator set: the holder must change it at the next login. */
    public void resetPassword(String passwordHash, LocalDateTime now) {
        this.passwordHash = passwordHash;
        this.passwordChangeDue = true;
        endSessions(now);
    }

    /** The holder's own new password: other sessions end, the one that changed it may go on from {@code now}. */
    public void changeOwnPassword(String passwordHash, LocalDateTime now) {
        this.passwordHash = passwordHash;
        this.passwordChangeDue = false;
        endSessions(now);
    }

    public void disable(LocalDateTime now) {
        this.enabled = false;
        endSessions(now);
    }

    public void enable() {
        this.enabled = true;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    /** A blank address removes it: the holder then gets no reminders. */
    public void changeEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    private void endSessions(LocalDateTime now) {
        this.sessionsValidFrom = now;
    }

    /** A session that began at {@code sessionStart} may go on. */
    public boolean acceptsSessionFrom(LocalDateTime sessionStart) {
        return enabled && !sessionStart.isBefore(sessionsValidFrom);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean directory() {
        return directory;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean passwordChangeDue() {
        return passwordChangeDue;
    }

    public boolean enabled() {
        return enabled;
    }

    public LocalDateTime lastLoginAt() {
        return lastLoginAt;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}

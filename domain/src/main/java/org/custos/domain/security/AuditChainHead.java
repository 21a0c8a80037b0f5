package org.custos.domain.security;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The single row naming the last entry of the audit chain. Appenders lock it, so two writers cannot fork the
 * chain, even on two servers. Its own {@code mac} covers the position and MAC of that last entry, so that the
 * row cannot be moved back to an earlier entry without the audit key; null when the row was never sealed or
 * was found altered.
 */
@Entity
@Table(name = "sec_audit_head")
@Cacheable(false)
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Version
    private long version;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "last_mac", nullable = false)
    private String lastMac;

    private String mac;

    protected AuditChainHead() {
    }

    public long lastPosition() {
        return lastPosition;
    }

    public String lastMac() {
        return lastMac;
    }

    public String mac() {
        return mac;
    }

    /** The new last entry, and the head's MAC over it (null to leave the head unsealed). */
    public void advance(long position, String lastMac, String mac) {
        this.lastPosition = position;
        this.lastMac = lastMac;
        this.mac = mac;
    }

    public void seal(String mac) {
        this.mac = mac;
    }
}

package org.custos.domain.security;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The single row naming the last entry of the audit chain. Appenders lock it, so two writers cannot fork the
 * chain, even on two servers.
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

    protected AuditChainHead() {
    }

    public long lastPosition() {
        return lastPosition;
    }

    public String lastMac() {
        return lastMac;
    }

    public void advance(long position, String mac) {
        this.lastPosition = position;
        this.lastMac = mac;
    }
}

package org.custos.security.internal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Benchmarks only: the rows of audit entries continuing a chain from its head, linked and sealed under the
 * application's key by the chain's own rule ({@link AuditChain}, which its package keeps to itself; hence this
 * class's package), so that the application verifies them as its own (X2).
 */
public final class SeededAuditChain {

    /** The columns of {@code sec_audit_entry}, in the order of {@link #next}'s rows. */
    public static final List<String> COLUMNS = List.of("position", "version", "occurred_at", "actor", "action",
            "subject_id", "record_type", "record_id", "purpose_id", "outcome", "detail", "previous_mac", "mac");

    private final AuditChain chain;
    private long position;
    private String lastMac;

    /** Continues the chain whose head names the entry at {@code position} with {@code lastMac}. */
    public SeededAuditChain(byte[] key, long position, String lastMac) {
        this.chain = new AuditChain(key);
        this.position = position;
        this.lastMac = lastMac;
    }

    /** The next entry's row; {@code shown}: the people a search showed, as the entry's shown table holds them. */
    public Object[] next(LocalDateTime at, String actor, String action, Long subjectId, String recordType,
            String recordId, String outcome, List<Long> shown) {
        AuditChain.Link link = new AuditChain.Link(position + 1, at, actor, action, subjectId, recordType, recordId,
                null, outcome, null, shown);
        String mac = chain.mac(link, lastMac);
        Object[] row = {link.position(), 0L, at, actor, action, subjectId, recordType, recordId, null, outcome, null,
            lastMac, mac};
        position = link.position();
        lastMac = mac;
        return row;
    }

    public long position() {
        return position;
    }

    public String lastMac() {
        return lastMac;
    }

    /** The head's seal over the last entry made so far. */
    public String headMac() {
        return chain.headMac(position, lastMac);
    }
}

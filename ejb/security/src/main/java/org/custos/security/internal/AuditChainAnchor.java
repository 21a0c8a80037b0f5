package org.custos.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.custos.domain.security.AuditChainHead;
import org.custos.domain.security.AuditEntry;

/**
 * Anchors the audit chain outside the database (X2). At start it seals a head that was never sealed (a new
 * installation, or the first start since heads carry a MAC), but only while no checkpoint exists, so that
 * clearing the head's MAC cannot get a moved head sealed. At start and every hour it checkpoints the head, unless
 * the head is unsealed, does not name the last entry, or lies before the last checkpoint: then it says so in the
 * server log and keeps the last checkpoint, which the next verification compares with.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AuditChainAnchor {

    private static final Logger LOG = Logger.getLogger(AuditChainAnchor.class.getName());

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditKey key;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    Clock clock;

    @PostConstruct
    void start() {
        if (checkpoints.last().isEmpty()) {
            sealNewHead();
        }
        checkpoint();
    }

    private void sealNewHead() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head.mac() == null) {
            head.seal(key.chain().headMac(head.lastPosition(), head.lastMac()));
            LOG.info(() -> "The audit chain's head is sealed at entry " + head.lastPosition());
        }
    }

    @Schedule(hour = "*", persistent = false)
    void checkpoint() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        Optional<Checkpoint> last = checkpoints.last();
        String problem = !key.chain().headMatches(head.lastPosition(), head.lastMac(), head.mac())
                ? "its head was changed outside the application"
                : !namesTheLastEntry(head) ? "its head does not name its last entry"
                : last.isPresent() && head.lastPosition() < last.get().position()
                        ? "it ends before entry " + last.get().position() + ", which it had reached on "
                                + last.get().when()
                        : null;
        if (problem != null) {
            LOG.severe("The audit chain is not checkpointed: " + problem + ". Verify the chain on the audit trail "
                    + "page.");
            return;
        }
        checkpoints.write(new Checkpoint(head.lastPosition(), head.lastMac(), LocalDateTime.now(clock)));
    }

    private boolean namesTheLastEntry(AuditChainHead head) {
        if (head.lastPosition() == 0) {
            return AuditChain.GENESIS_MAC.equals(head.lastMac());
        }
        AuditEntry last = em.find(AuditEntry.class, head.lastPosition());
        return last != null && last.mac().equals(head.lastMac());
    }
}

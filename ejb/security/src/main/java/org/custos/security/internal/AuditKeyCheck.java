package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.custos.domain.security.AuditChainHead;
import org.custos.security.api.SystemChecks.Result;

/**
 * Ready while the audit chain's key (X2) is loaded and is the key the chain's head was sealed with, and, when it
 * comes from its key file, that file is still readable. A head that does not match means the key was swapped or
 * the head altered: the DPM verifies the chain.
 */
@Dependent
class AuditKeyCheck {

    static final String NAME = "audit-key";
    private static final String CHECKED = "the audit chain's key is loaded, it is the key the chain's last entry was "
            + "sealed with, and its key file (if it comes from one) is readable";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditKey key;

    Result call() {
        AuditChain chain;
        try {
            chain = key.chain();
        } catch (RuntimeException e) {
            return new Result(NAME, false, CHECKED, "the audit key cannot be loaded");
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head.mac() != null && !chain.headMatches(head.lastPosition(), head.lastMac(), head.mac())) {
            return new Result(NAME, false, CHECKED, "the chain's last entry was not sealed with this key: the "
                    + "key was changed or the chain altered; the DPM verifies the chain on the audit trail page");
        }
        Optional<Path> file = key.keyFile();
        if (file.isPresent() && !Files.isReadable(file.get())) {
            return new Result(NAME, false, CHECKED, "the key file has gone from the data directory: restore it "
                    + "from the backup before Custos restarts, or the start fails");
        }
        return new Result(NAME, true, CHECKED, "the key is loaded and seals the chain");
    }
}

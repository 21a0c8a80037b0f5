package org.custos.protection.retention.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;

/**
 * Writes the audit entry of a group carried out (X2), in the group's transaction: written once it commits, marked
 * rolled back when it does not. The entry's actor is whoever is signed in on the thread (the reviewer whose decision
 * or "resume" started it), or the container's name for no one ({@code ANONYMOUS}, as a refused login of an unknown
 * name) at the server's start and on the nightly run; the reviewer who decided is in the detail either way.
 */
@ApplicationScoped
public class CarryOutAudit {

    @Audited(value = AuditAction.ERASE, record = "RetentionReviewItem")
    public CarriedOutGroup carriedOut(CarriedOutGroup group) {
        return group;
    }
}

package org.custos.protection.rights.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;

/**
 * Writes the audit entry of an erasure or a compile the server finished at its start (X2), once it is finished:
 * outcome SUCCESS, as the DPM's own action would have had, the DPM who started it in the detail ({@link
 * ResumedWork}). The facade's entry of the DPM's call is missing when the crash came before it returned; this one
 * says what the server did instead.
 */
@ApplicationScoped
public class ResumptionAudit {

    @Audited(value = AuditAction.ERASE, record = "RightsRequest")
    public ResumedWork erasureFinished(ResumedWork work) {
        return work;
    }

    @Audited(value = AuditAction.EXPORT, record = "RightsRequest")
    public ResumedWork compileFinished(ResumedWork work) {
        return work;
    }
}

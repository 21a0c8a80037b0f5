package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.domain.shared.Page;

/** The tamper-evident record of who did what (X2). */
@Local
public interface AuditTrail {

    /** Records a security event (login, failed login, refused request, logout). */
    void record(@NotNull @Valid AuditEvent event);

    /** The audit viewer (DPM). */
    Page<AuditEntryView> search(@NotNull @Valid AuditQuery query);

    /** Every entry the filter matches, newest first, for a file (DPM); audited as an export. */
    AuditExport export(@NotNull @Valid AuditFilter filter, @NotNull AuditExport.Format format);

    /** Every entry about one person, oldest first: the history on their register page. */
    List<AuditEntryView> historyOf(@SubjectId long subjectId);

    /** Walks the whole chain and names the first entry that was altered, removed or inserted. */
    ChainVerification verifyChain();

    /**
     * Walks only the entries appended since the last verification's checkpoint, after checking that the entry
     * checkpointed then is still there unaltered: quick whatever the chain's length. Before any checkpoint, the
     * whole chain.
     */
    ChainVerification verifyNewEntries();
}

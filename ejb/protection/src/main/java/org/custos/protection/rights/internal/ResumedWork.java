package org.custos.protection.rights.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.custos.domain.shared.DataContext;
import org.custos.security.api.AuditedRecord;

/**
 * An erasure or a compile the server finished at its start after a crash cut it short (D3, D5, X2): what its audit
 * entry says. The request's person and the request are the entry's subject and record; the detail says that the
 * server finished it after a restart, in which contexts, and which DPM started it, as no one is signed in then and
 * the entry's actor is the container's name for no one.
 */
record ResumedWork(long requestId, long subjectId, String what, List<String> contexts, String startedBy)
        implements AuditedRecord {

    private static final int DETAIL_MAX = 500;

    ResumedWork {
        contexts = List.copyOf(contexts);
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(requestId);
    }

    @Override
    public String auditDetail() {
        String detail = what + " of request " + requestId + " finished by the server after a restart, in "
                + contexts.stream().map(DataContext::labelOf).collect(Collectors.joining(", ")) + "; started by "
                + (startedBy == null ? "a DPM (not recorded)" : startedBy);
        return detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 1) + "…";
    }
}

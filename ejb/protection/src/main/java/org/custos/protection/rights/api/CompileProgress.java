package org.custos.protection.rights.api;

import java.io.Serializable;
import org.custos.domain.shared.CompileState;
import org.custos.security.api.AuditedRecord;

/** How far compiling a request's response has gone (D3): what the review's progress poll reads, and nothing more. */
public record CompileProgress(long requestId, long subjectId, CompileState state, int compiledContexts,
        int totalContexts) implements Serializable, AuditedRecord {

    /** The progress as the request shows it. */
    public static CompileProgress of(RequestView request) {
        return new CompileProgress(request.id(), request.subjectId(), request.compileState(),
                request.compiledContexts(), request.totalContexts());
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(requestId);
    }
}

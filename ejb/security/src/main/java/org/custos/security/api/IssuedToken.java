package org.custos.security.api;

import java.io.Serializable;

/** A token just made: {@code token} is what the client sends as {@code Authorization: Bearer}, shown this once. */
public record IssuedToken(IntakeTokenView view, String token) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return String.valueOf(view.id());
    }

    @Override
    public String auditDetail() {
        return "for " + view.name();
    }
}

package org.custos.protection.letters.api;

import java.time.LocalDateTime;
import org.custos.security.api.AuditedRecord;

/**
 * The organisation's settings as letters use them, with its logo ({@code logoType} {@code image/png} or
 * {@code image/jpeg}; both null when there is none) and who changed them last, when.
 */
public record OrganisationView(long version, OrganisationForm details, byte[] logo, String logoType,
        LocalDateTime updatedAt, String updatedBy) implements AuditedRecord {

    public OrganisationView {
        logo = logo == null ? null : logo.clone();
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    public boolean hasLogo() {
        return logo != null;
    }

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return "1";
    }
}

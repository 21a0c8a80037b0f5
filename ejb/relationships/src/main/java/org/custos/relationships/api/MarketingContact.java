package org.custos.relationships.api;

import java.io.Serializable;
import org.custos.domain.shared.MarketingBasis;
import org.custos.domain.shared.OrganisationKind;
import org.custos.security.api.AuditedRecord;

/** A row of a marketing list (L2, S3): a contact we may send marketing to, where, and on which basis. */
public record MarketingContact(long subjectId, String name, String organisation, OrganisationKind kind, String role,
        String workEmail, String workPhone, MarketingBasis basis) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return null;
    }
}

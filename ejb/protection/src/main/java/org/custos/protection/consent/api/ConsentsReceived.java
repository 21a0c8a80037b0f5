package org.custos.protection.consent.api;

import java.io.Serializable;
import java.util.List;
import org.custos.security.api.AuditedRecord;

/**
 * What a consent or withdrawal sent in by another system did: the consents recorded or withdrawn and their people,
 * for the audit trail; the sender learns none of it but a consent's number.
 */
public record ConsentsReceived(List<Long> consentIds, List<Long> subjectIds) implements Serializable, AuditedRecord {

    public ConsentsReceived {
        consentIds = List.copyOf(consentIds);
        subjectIds = List.copyOf(subjectIds);
    }

    @Override
    public Long auditSubjectId() {
        return subjectIds.isEmpty() ? null : subjectIds.get(0);
    }

    @Override
    public String auditRecordId() {
        return consentIds.size() == 1 ? consentIds.get(0).toString() : null;
    }

    @Override
    public String auditDetail() {
        return consentIds.size() + " consent(s)";
    }

    @Override
    public List<Long> auditShownSubjectIds() {
        return subjectIds.size() <= 1 ? List.of() : subjectIds.subList(1, subjectIds.size());
    }
}

package org.custos.protection.register.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.SubjectCategory;
import org.custos.security.api.AuditedRecord;

/** One row of the register's search results; the audit entry of the search names the person as shown (X2). */
public record SubjectSummary(long id, String givenNames, String familyName, LocalDate dateOfBirth,
        List<String> emails, Set<SubjectCategory> categories, boolean doNotContact)
        implements Serializable, AuditedRecord {

    public SubjectSummary {
        emails = List.copyOf(emails);
        categories = Set.copyOf(categories);
    }

    /** As the search's table shows them. */
    public String categoryLabels() {
        return SubjectCategory.labels(categories);
    }

    @Override
    public Long auditSubjectId() {
        return id;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}

package org.custos.protection.register.api;

import java.io.Serializable;
import java.util.List;
import org.custos.security.api.AuditedRecord;

/**
 * What registering someone new came to (S1): the person registered, or, when no one was registered, the people
 * already on the register who may be them.
 */
public record Registration(SubjectDetails person, List<SubjectSummary> possibleDuplicates)
        implements Serializable, AuditedRecord {

    public Registration {
        possibleDuplicates = List.copyOf(possibleDuplicates);
    }

    public boolean registered() {
        return person != null;
    }

    @Override
    public Long auditSubjectId() {
        return registered() ? person.id() : null;
    }

    @Override
    public String auditRecordId() {
        return registered() ? Long.toString(person.id()) : null;
    }

    /** The people already on the register shown as possibly this person (S1). */
    @Override
    public List<Long> auditShownSubjectIds() {
        return possibleDuplicates.stream().map(SubjectSummary::id).toList();
    }

    @Override
    public String auditDetail() {
        return registered() ? null
                : "not registered: " + possibleDuplicates.size() + " people on the register may be this person";
    }
}

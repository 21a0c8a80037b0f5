package org.custos.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.custos.domain.shared.RecordTypes;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;

/**
 * An audit entry in words, for the audit trail and each person's history: "Application opened", "Alice Lee's
 * record opened", "Refused". The words themselves are the actions' and outcomes' labels and {@link RecordTypes}.
 */
@Named
@ApplicationScoped
public class AuditWords {

    private static final String PERSON = "DataSubject";

    /** What happened: "Application changed", "Logged in". */
    public String what(AuditEntryView entry) {
        return entry.action().told(RecordTypes.label(entry.recordType()));
    }

    /** What happened, naming the person for an entry on their own record: "Alice Lee's record opened". */
    public String what(AuditEntryView entry, String personName) {
        return PERSON.equals(entry.recordType()) && personName != null && !personName.isBlank()
                ? entry.action().told(personName + "'s record") : what(entry);
    }

    /** The record: "Application, reference 12"; the kind alone without a reference; empty text for none. */
    public String record(AuditEntryView entry) {
        return RecordTypes.named(entry.recordType(), entry.recordId());
    }

    public String outcome(AuditEntryView entry) {
        return entry.outcome().label();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

}

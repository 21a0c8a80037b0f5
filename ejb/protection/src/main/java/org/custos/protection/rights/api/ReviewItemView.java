package org.custos.protection.rights.api;

import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.ReviewDecision;

/**
 * One item of a response under review: the fields as the context holds them, the decision so far, and the other
 * people it concerns ({@code otherPeople}: those whose data its context marked as theirs, then the people of the
 * register named in it) with a suggested redaction that withholds the marked fields and removes the names.
 */
public record ReviewItemView(long id, long version, String context, String recordType, String recordId,
        List<ItemField> fields, ReviewDecision decision, List<ItemField> redactedFields, String exemptionGround,
        String decidedBy, List<String> otherPeople, List<ItemField> suggestedRedaction) implements Serializable {

    public ReviewItemView {
        fields = List.copyOf(fields);
        redactedFields = List.copyOf(redactedFields);
        otherPeople = List.copyOf(otherPeople);
        suggestedRedaction = List.copyOf(suggestedRedaction);
    }
}

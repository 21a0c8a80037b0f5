package org.custos.relationships.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.AgreementState;
import org.custos.domain.shared.AgreementTerm;

/**
 * A version of a processor's agreement as read: dates as words, the conditions it would be approved with unmet, and
 * who approved it and when (null until then); once ended, how the data was returned or deleted, or which later version
 * replaced it in force; its dates also as days, for a form that changes them.
 */
public record AgreementView(long id, long version, int number, String document, Set<AgreementTerm> terms,
        String startsOn, String endsOn, int noticeDays, AgreementState state, String stateLabel,
        List<String> unmetConditions, String approval, String approvalReason, String endConfirmation,
        LocalDate startsOnDate, LocalDate endsOnDate) implements Serializable {
}

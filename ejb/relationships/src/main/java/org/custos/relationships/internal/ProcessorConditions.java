package org.custos.relationships.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.AgreementTerm;
import org.custos.domain.shared.ProcessorCondition;

/**
 * When a processor meets X4's conditions: each has its evidence recorded, and the written contract's condition also
 * needs the agreement's version to contain every term UK GDPR Art 28(3) asks for.
 */
final class ProcessorConditions {

    private ProcessorConditions() {
    }

    /** The conditions not met, in X4's order, given the conditions evidenced and the version's terms. */
    static List<ProcessorCondition> unmet(Set<ProcessorCondition> evidenced, Set<AgreementTerm> terms) {
        boolean allTerms = terms.containsAll(Arrays.asList(AgreementTerm.values()));
        return Arrays.stream(ProcessorCondition.values())
                .filter(condition -> !evidenced.contains(condition)
                        || (condition == ProcessorCondition.WRITTEN_CONTRACT && !allTerms))
                .toList();
    }
}

package org.custos.relationships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.AgreementTerm;
import org.custos.domain.shared.ProcessorCondition;
import org.junit.jupiter.api.Test;

class ProcessorConditionsTest {

    private static final Set<ProcessorCondition> ALL = EnumSet.allOf(ProcessorCondition.class);

    private static final Set<AgreementTerm> EVERY_TERM = EnumSet.allOf(AgreementTerm.class);

    @Test
    void everyConditionEvidencedWithEveryArt28TermIsComplete_X4() {
        assertEquals(List.of(), ProcessorConditions.unmet(ALL, EVERY_TERM));
    }

    @Test
    void aConditionWithoutEvidenceIsUnmetInX4sOrder_X4() {
        Set<ProcessorCondition> evidenced = EnumSet.complementOf(EnumSet.of(ProcessorCondition.BUSINESS_NEED,
                ProcessorCondition.ACCEPTS_AUDITS));
        assertEquals(List.of(ProcessorCondition.BUSINESS_NEED, ProcessorCondition.ACCEPTS_AUDITS),
                ProcessorConditions.unmet(evidenced, EVERY_TERM));
    }

    @Test
    void theWrittenContractIsUnmetWhileAnArt28TermIsMissing_X4() {
        Set<AgreementTerm> withoutAudits = EnumSet.complementOf(EnumSet.of(AgreementTerm.AUDITS));
        assertEquals(List.of(ProcessorCondition.WRITTEN_CONTRACT), ProcessorConditions.unmet(ALL, withoutAudits));
    }
}

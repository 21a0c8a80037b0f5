package org.custos.relationships.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.shared.AgreementState;
import org.custos.domain.shared.ProcessorCondition;

/**
 * A row of the processor register (X4): the organisation, the conditions it meets (the written contract's judged on
 * its latest agreement version's terms), its review date and whether it has passed, and the number and state of its
 * latest agreement version (null while none is proposed). An organisation is not a person: a row shows no one's data.
 */
public record ProcessorSummary(long organisationId, String name, Set<ProcessorCondition> met, LocalDate reviewOn,
        boolean reviewOverdue, Integer latestAgreement, AgreementState latestAgreementState) implements Serializable {

    public ProcessorSummary {
        met = Set.copyOf(met);
    }

    /** Whether the processor meets this condition, for the register's matrix. */
    public boolean meets(ProcessorCondition condition) {
        return met.contains(condition);
    }
}

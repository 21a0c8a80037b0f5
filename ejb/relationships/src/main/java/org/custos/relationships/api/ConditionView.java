package org.custos.relationships.api;

import java.io.Serializable;
import org.custos.domain.shared.ProcessorCondition;

/** One of X4's conditions for a processor: whether it is met, and its evidence as words (null when none). */
public record ConditionView(ProcessorCondition condition, String label, boolean met, String evidence,
        String checkedOn, String checkedBy) implements Serializable {
}

package org.custos.relationships.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.PlausibleDate;
import org.custos.domain.shared.ProcessorCondition;

/** The evidence for one of X4's conditions as typed: a note or document reference, when and who checked it. */
public record ConditionEvidenceForm(
        @NotNull(message = "Choose the condition.") ProcessorCondition condition,
        @NotBlank(message = "Enter the evidence: a note or the document's reference.")
        @Size(max = 1000, message = "The evidence must have at most {max} characters.") String evidence,
        @NotNull(message = "Enter when it was checked.")
        @PlausibleDate("The date it was checked") LocalDate checkedOn,
        @NotBlank(message = "Enter who checked it.")
        @Size(max = 100, message = "Who checked it must have at most {max} characters.") String checkedBy)
        implements Serializable {
}

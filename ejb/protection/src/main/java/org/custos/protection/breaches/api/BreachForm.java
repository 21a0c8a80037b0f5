package org.custos.protection.breaches.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;
import org.custos.domain.shared.PlausibleDate;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachNature;
import org.custos.domain.shared.BreachSeverity;

/**
 * What the DPM records about a breach (X5): what happened and when, what and whom it touched, the likely
 * consequences, the measures, and the likelihood and severity of harm that give its risk
 * ({@link BreachRiskAssessment}). People in the register are linked by their subject id only.
 */
public record BreachForm(
        @NotBlank(message = "Give the breach a short summary.")
        @Size(max = 200, message = "The summary must have at most {max} characters.") String summary,
        @PlausibleDate("The time the breach happened") LocalDateTime occurredAt,
        @NotNull(message = "Enter when the organisation became aware of the breach.")
        @PlausibleDate("The time the organisation became aware of the breach") LocalDateTime awareAt,
        @Size(max = 2000, message = "How it was discovered must have at most {max} characters.") String howDiscovered,
        @NotEmpty(message = "Choose what happened: confidentiality, integrity or availability (one or more).")
        Set<BreachNature> natures,
        @NotBlank(message = "Describe what happened.")
        @Size(max = 4000, message = "The description must have at most {max} characters.") String description,
        @Size(max = 2000, message = "The systems must have at most {max} characters.") String systems,
        @NotBlank(message = "Enter the categories of personal data involved.")
        @Size(max = 2000, message = "The categories of data must have at most {max} characters.") String dataCategories,
        @Size(max = 2000, message = "The categories of people must have at most {max} characters.")
        String peopleCategories,
        @PositiveOrZero(message = "The number of people cannot be negative.") Integer approxPeople,
        @PositiveOrZero(message = "The number of records cannot be negative.") Integer approxRecords,
        @NotNull @Size(max = 1000, message = "Link at most {max} people in the register; for a larger breach, give"
                + " the approximate number of people instead.") Set<Long> subjectIds,
        @Size(max = 4000, message = "The consequences must have at most {max} characters.") String consequences,
        @Size(max = 4000, message = "The measures taken must have at most {max} characters.") String measuresTaken,
        @Size(max = 4000, message = "The measures planned must have at most {max} characters.")
        String measuresPlanned,
        @NotNull(message = "Choose how likely it is that people are harmed.") BreachLikelihood likelihood,
        @NotNull(message = "Choose how severe the harm would be.") BreachSeverity severity) implements Serializable {

    @AssertTrue(message = "The breach cannot have happened after the organisation became aware of it.")
    public boolean isInOrder() {
        return occurredAt == null || awareAt == null || !occurredAt.isAfter(awareAt);
    }
}

package org.custos.protection.purposes.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.SpecialCategoryCondition;

/**
 * The DPM's form for one purpose; {@code id} is null for a new one. {@code transfers} (where the data goes outside
 * the UK, and the safeguard) and {@code automatedDecisions} are blank when there are none. {@code context} names
 * the context whose records serve the purpose (one of {@link org.custos.domain.shared.SubjectCategory#contexts()}),
 * null when none does: responses list a person's purposes by it (D3).
 */
public record PurposeForm(Long id, long version,
        @NotBlank(message = "Enter the purpose's name.")
        @Size(max = 200, message = "The name must have at most {max} characters.") String name,
        @NotBlank(message = "Describe the purpose.")
        @Size(max = 2000, message = "The description must have at most {max} characters.") String description,
        @NotNull(message = "Choose the lawful basis.") LawfulBasis lawfulBasis,
        @Size(max = 4000, message = "The interest must have at most {max} characters.") String legitimateInterest,
        @Size(max = 4000, message = "The necessity must have at most {max} characters.") String necessity,
        @Size(max = 4000, message = "The balance must have at most {max} characters.") String balance,
        SpecialCategoryCondition specialCategoryCondition,
        @NotNull(message = "Enter the date the basis is next reviewed.") LocalDate reviewDate,
        @Size(max = 2000, message = "The transfers must have at most {max} characters.") String transfers,
        @Size(max = 2000, message = "The automated decisions must have at most {max} characters.")
        String automatedDecisions,
        String context) implements Serializable {

    /** L3: legitimate interests need the interest, the necessity and the balancing test. */
    @AssertTrue(message = "Legitimate interests need all three parts of the assessment: the interest, why the use "
            + "is necessary, and why the person's rights do not override it.")
    public boolean isInterestAssessed() {
        return lawfulBasis != LawfulBasis.LEGITIMATE_INTERESTS
                || (present(legitimateInterest) && present(necessity) && present(balance));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}

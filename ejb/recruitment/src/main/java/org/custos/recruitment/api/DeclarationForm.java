package org.custos.recruitment.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.SpecialCategory;
import org.custos.security.api.ForPurpose;

/**
 * The criminal-records declaration of unspent convictions ({@link SpecialCategory#CRIMINAL_RECORDS}) or the
 * health questionnaire for fitness to work ({@link SpecialCategory#HEALTH}), for a purpose.
 */
public record DeclarationForm(
        @NotNull(message = "Choose the declaration.") SpecialCategory category,
        @NotNull(message = "Choose the purpose.") Long purposeId,
        @NotBlank(message = "Enter what the applicant declared.")
        @Size(max = 20000, message = "The text must have at most {max} characters.") String content)
        implements Serializable, ForPurpose {

    @AssertTrue(message = "Only the criminal-records declaration and the health questionnaire are recorded here.")
    public boolean isCheckDeclaration() {
        return category == null || category == SpecialCategory.CRIMINAL_RECORDS || category == SpecialCategory.HEALTH;
    }
}

package org.custos.protection.rights.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.ReviewDecision;

/**
 * The DPM's decision on one item: a redaction gives the item's field values as they are to be disclosed (in the
 * item's order) and may give its reason, which the letter states (blank: other people's information removed);
 * withholding needs the exemption ground. Both are {@code exemptionGround}.
 */
public record ReviewForm(
        @NotNull(message = "Choose the decision.") ReviewDecision decision,
        List<@Size(max = 20000, message = "A redacted value must have at most {max} characters.") String>
        redactedValues,
        @Size(max = 500, message = "The ground must have at most {max} characters.") String exemptionGround)
        implements Serializable {

    public ReviewForm {
        redactedValues = redactedValues == null ? List.of() : List.copyOf(redactedValues);
    }

    /** The exemption ground of a withholding or the reason of a redaction, trimmed; null for other decisions. */
    public String ground() {
        boolean grounded = decision == ReviewDecision.WITHHOLD || decision == ReviewDecision.REDACT;
        return !grounded || exemptionGround == null || exemptionGround.isBlank() ? null : exemptionGround.strip();
    }

    @AssertTrue(message = "Give the exemption ground for withholding the item.")
    public boolean isWithholdingGrounded() {
        return decision != ReviewDecision.WITHHOLD || exemptionGround != null && !exemptionGround.isBlank();
    }

    @AssertTrue(message = "Give the redacted text of the item.")
    public boolean isRedactionGiven() {
        return decision != ReviewDecision.REDACT || !redactedValues.isEmpty();
    }
}

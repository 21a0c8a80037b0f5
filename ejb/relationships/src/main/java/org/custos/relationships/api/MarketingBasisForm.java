package org.custos.relationships.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.MarketingBasis;

/**
 * A contact's marketing basis as typed (L2): consent, with the notice they were given, how and when they agreed; or
 * the soft opt-in, with the similar products or services offered and the confirmation that an opt-out is offered.
 * Which fields each basis needs is the rule of {@code MarketingBases}.
 */
public record MarketingBasisForm(
        @NotNull(message = "Choose the basis for marketing to this contact.") MarketingBasis basis,
        @Size(max = 200, message = "The notice must have at most {max} characters.") String notice,
        ConsentMethod method,
        @PastOrPresent(message = "Consent cannot be given in the future.") LocalDate givenOn,
        @Size(max = 300, message = "The similar products or services must have at most {max} characters.")
        String similarOffer,
        boolean optOutOffered) {
}

package org.custos.relationships.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.MarketingBasis;
import org.custos.protection.consent.api.ConsentForm;
import org.custos.security.api.DocumentUpload;

/**
 * A contact's marketing basis as typed (L2): consent, recorded on the consent ledger with the notice version they were
 * given, the exact words they agreed to, how and when, and their explicit yes ({@code agreed}, no default), with the
 * evidence as a document if there is one (a signed form, a saved email; told by its content, ADR 0005); or
 * the soft opt-in, with the similar products or services offered and the confirmation that an opt-out is offered.
 * Which fields each basis needs is the rule of {@code MarketingBases}.
 */
public record MarketingBasisForm(
        @NotNull(message = "Choose the basis for marketing to this contact.") MarketingBasis basis,
        Long noticeVersionId,
        @Size(max = ConsentForm.WORDING_MAX, message = "The wording must have at most {max} characters.")
        String wording,
        ConsentMethod method,
        @PastOrPresent(message = "Consent cannot be given in the future.") LocalDate givenOn,
        Boolean agreed,
        @Size(max = 300, message = "The similar products or services must have at most {max} characters.")
        String similarOffer,
        boolean optOutOffered,
        @Valid DocumentUpload evidenceDocument) implements Serializable {
}

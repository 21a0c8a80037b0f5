package org.custos.api;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.custos.domain.shared.ClientScope;
import org.custos.protection.consent.api.Consents;
import org.custos.protection.consent.api.ConsentsReceived;
import org.custos.protection.consent.api.ReceivedConsent;
import org.custos.protection.consent.api.ReceivedWithdrawal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consent given or withdrawn on the website, to the consent ledger (L2), under the same rules as the intranet's. */
@Scoped(ClientScope.CONSENT)
@Path("consents")
@Tag(name = "Consent", description = "Consent given or withdrawn on the website (scope: consent).")
public class ConsentIntake {

    @EJB
    Consents consents;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Record a consent given on the website", description = "Records the person's consent to"
            + " the purpose, with the notice version they were shown and the exact words they agreed to; `agreed`"
            + " must be the person's own yes. For the one person on the register with the email address, else for"
            + " the person as given.")
    @APIResponse(responseCode = "201", description = "The consent is recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "NoToken")
    @APIResponse(responseCode = "403", description = "The token lacks the scope, or no such purpose or notice.",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a consent rule (no explicit yes, a draft notice).",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", ref = "OverRate")
    public Response give(@NotNull(message = "Send the consent as a JSON body.") @Valid ReceivedConsent consent) {
        ConsentsReceived recorded = consents.receive(consent);
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
                .entity(Receipt.consent(recorded.consentIds().get(0))).build();
    }

    @POST
    @Path("withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(Problems.MEDIA_TYPE)
    @Operation(summary = "Withdraw consent given to a purpose", description = "Withdraws, as of today, every consent"
            + " to the purpose still in force of the people with the email address. The answer is the same whether"
            + " or not anyone has the address.")
    @APIResponse(responseCode = "204", description = "The withdrawal is recorded.")
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "NoToken")
    @APIResponse(responseCode = "403", ref = "ScopeMissing")
    @APIResponse(responseCode = "429", ref = "OverRate")
    public Response withdraw(@NotNull(message = "Send the withdrawal as a JSON body.") @Valid
            ReceivedWithdrawal withdrawal) {
        consents.receiveWithdrawal(withdrawal);
        return Response.noContent().build();
    }
}

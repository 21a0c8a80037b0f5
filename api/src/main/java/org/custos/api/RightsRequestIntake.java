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
import org.custos.protection.rights.api.ReceivedRequest;
import org.custos.protection.rights.api.RequestReceipt;
import org.custos.protection.rights.api.RightsRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rights requests from the website's form (D1), logged as the intranet logs them, with the same clock (D2). */
@Scoped(ClientScope.INTAKE)
@Path("rights-requests")
@Tag(name = "Intake", description = "What the website's form sends in (scope: rights requests and complaints).")
public class RightsRequestIntake {

    @EJB
    RightsRequests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Send in a rights request", description = "Logs a rights request as received today by web"
            + " form. The person is registered as they gave themselves; the Data Protection Manager checks who they"
            + " are before anything is disclosed. The answer gives the request's number and the day it is due.")
    @APIResponse(responseCode = "201", description = "The request is logged.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "NoToken")
    @APIResponse(responseCode = "403", ref = "ScopeMissing")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "NotJson")
    @APIResponse(responseCode = "429", ref = "OverRate")
    public Response send(@NotNull(message = "Send the request as a JSON body.") @Valid ReceivedRequest request) {
        RequestReceipt receipt = requests.receive(request);
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
                .entity(Receipt.request(receipt.requestId(), receipt.due())).build();
    }
}

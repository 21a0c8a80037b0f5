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
import org.custos.complaints.api.Complaints;
import org.custos.complaints.api.LoggedComplaint;
import org.custos.complaints.api.ReceivedComplaint;
import org.custos.domain.shared.ClientScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Complaints from the website's form (P1), logged as the intranet logs them, for the DPM to handle. */
@Scoped(ClientScope.INTAKE)
@Path("complaints")
@Tag(name = "Intake")
public class ComplaintIntake {

    @EJB
    Complaints complaints;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Send in a complaint", description = "Logs a complaint as received today by web form, for"
            + " the Data Protection Manager to handle. The answer gives the complaint's number and the day its"
            + " acknowledgement is due.")
    @APIResponse(responseCode = "201", description = "The complaint is logged.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "NoToken")
    @APIResponse(responseCode = "403", ref = "ScopeMissing")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "NotJson")
    @APIResponse(responseCode = "422", description = "Refused by a rule (no one can handle complaints yet).",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", ref = "OverRate")
    public Response send(@NotNull(message = "Send the complaint as a JSON body.") @Valid ReceivedComplaint complaint) {
        LoggedComplaint logged = complaints.receive(complaint);
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
                .entity(Receipt.complaint(logged.id(), logged.acknowledgementDue())).build();
    }
}

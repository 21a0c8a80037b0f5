package org.custos.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("v1")
@OpenAPIDefinition(info = @Info(title = "Custos intake API", version = "1", description = "What other systems send"
        + " in: rights requests, complaints, and consent given or withdrawn, from the website's form. Every request"
        + " carries the client's intake token, which the administrator makes on the Intake tokens page, as"
        + " `Authorization: Bearer <token>`. Every answer that is not a success is a problem document (RFC 9457,"
        + " `application/problem+json`)."),
        security = @SecurityRequirement(name = IntakeApi.TOKEN),
        components = @Components(responses = {
                @APIResponse(name = "InvalidBody", responseCode = "400", description = "Invalid fields, or a body that is not JSON of this shape.", content = @Content(
                        mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NoToken", responseCode = "401", description = "No intake token, or an unknown or revoked one.", content = @Content(
                        mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "ScopeMissing", responseCode = "403", description = "The token lacks the scope.", content = @Content(
                        mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "TooLarge", responseCode = "413", description = "The body is too large.", content = @Content(
                        mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotJson", responseCode = "415", description = "The body is not application/json.", content = @Content(
                        mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "OverRate", responseCode = "429", description = "The client is over its rate: see Retry-After.", content = @Content(
                        mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))}))
@SecurityScheme(securitySchemeName = IntakeApi.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The client's intake token.")
/** The problem answers every operation may give are components here, which the operations name. */
public class IntakeApi extends Application {

    static final String TOKEN = "intakeToken";
}

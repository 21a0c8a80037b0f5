package org.custos.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("v1")
@OpenAPIDefinition(info = @Info(title = "Custos intake API", version = "1", description = "What other systems send"
        + " in: rights requests, complaints, and consent given or withdrawn, from the website's form. Every request"
        + " carries the client's intake token, which the administrator makes on the Intake tokens page, as"
        + " `Authorization: Bearer <token>`. Every answer that is not a success is a problem document (RFC 9457,"
        + " `application/problem+json`)."),
        security = @SecurityRequirement(name = IntakeApi.TOKEN))
@SecurityScheme(securitySchemeName = IntakeApi.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The client's intake token.")
public class IntakeApi extends Application {

    static final String TOKEN = "intakeToken";
}

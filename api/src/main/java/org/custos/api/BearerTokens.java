package org.custos.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.custos.domain.shared.ClientScope;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEvent;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ClientCheck;
import org.custos.security.api.IntakeTokens;

/**
 * Every request carries its client's intake token ({@code Authorization: Bearer <token>}): a token in use, within its
 * rate, makes the request the client's, holding its scopes' roles; no session is kept. Anything else is answered
 * here, before any resource runs: 401 for no token or an unknown or revoked one, 429 with Retry-After for a client
 * over its rate, as problem documents. Each refusal is audited.
 */
@ApplicationScoped
public class BearerTokens implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    IntakeTokens tokens;

    @EJB
    AuditTrail audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String call = request.getMethod() + " " + request.getRequestURI();
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.substring(BEARER.length()).isBlank()) {
            audit.record(new AuditEvent(RefusedCalls.ANONYMOUS, AuditAction.API_CALL_REFUSED, AuditOutcome.DENIED,
                    RefusedCalls.detail("no token", call)));
            return refuse(response, context, Problems.of(Problems.NO_TOKEN, 401, "No intake token.",
                    "Send the client's intake token as Authorization: Bearer <token>."));
        }
        ClientCheck check = tokens.check(header.substring(BEARER.length()).trim(), call);
        if (check instanceof ClientCheck.Accepted accepted) {
            return context.notifyContainerAboutLogin(accepted.caller(),
                    accepted.scopes().stream().map(ClientScope::role).collect(Collectors.toSet()));
        }
        if (check instanceof ClientCheck.Limited limited) {
            response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
            return refuse(response, context, Problems.of(Problems.RATE, 429, "Too many requests.",
                    "This client sent more requests than its rate allows: try again in "
                            + limited.retryAfterSeconds() + " seconds."));
        }
        return refuse(response, context, Problems.of(Problems.NO_TOKEN, 401, "The intake token is refused.",
                "The token is unknown or was revoked: ask the administrator for a new one."));
    }

    /** Answers with the problem; the container then sends the response as it is, and runs no resource. */
    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context,
            Problem problem) {
        response.setStatus(problem.status());
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        try {
            response.getWriter().write(JSON.toJson(problem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}

package org.custos.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (no such path 404, method 405, media type 415, not acceptable 406, a body too large
 * 413, a scope the token lacks 403), as problem documents with a sentence for each, audited as the client.
 */
@Provider
public class HttpProblems implements ExceptionMapper<WebApplicationException> {

    static final String TOO_LARGE = "The request's body is larger than the API takes (" + BodyLimit.MAX_BYTES / 1024
            + " KB).";

    @Inject
    RefusedCalls refused;

    @Override
    public Response toResponse(WebApplicationException refusal) {
        int status = refusal.getResponse().getStatus();
        refused.record(status);
        Response.ResponseBuilder answer = Response.fromResponse(Problems.response(problem(refusal, status)));
        if (refusal.getResponse().getHeaderString("Allow") != null) {
            answer.header("Allow", refusal.getResponse().getHeaderString("Allow"));
        }
        return answer.build();
    }

    private static Problem problem(WebApplicationException refusal, int status) {
        if (refusal instanceof ScopeMissing missing) {
            return Problems.of(Problems.SCOPE, 403, "The token may not do this.", missing.getMessage());
        }
        if (status == 400) {
            return Problems.unreadable();
        }
        return Problems.status(status, switch (status) {
            case 404 -> "There is no such resource.";
            case 405 -> "The resource does not take this method.";
            case 406 -> "The resource cannot answer in the media type asked for.";
            case 413 -> TOO_LARGE;
            case 415 -> "Send the body as application/json.";
            default -> "The request cannot be answered.";
        });
    }
}

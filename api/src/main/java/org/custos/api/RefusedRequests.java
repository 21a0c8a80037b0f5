package org.custos.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.custos.security.api.RequestRefused;

/** A rule refused what was sent (422), in the rule's own sentence; the facade's call entry records the refusal. */
@Provider
public class RefusedRequests implements ExceptionMapper<RequestRefused> {

    @Override
    public Response toResponse(RequestRefused refused) {
        return Problems.response(Problems.of(Problems.REFUSED, 422, "The request is refused.",
                refused.getMessage()));
    }
}

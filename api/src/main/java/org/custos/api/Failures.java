package org.custos.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.security.api.AccessRefused;

/**
 * Anything else: a facade's access refusal (403), a body the JSON reader gave up on (400, as
 * {@link UnreadableBodies}), or a failure (500) logged under a reference the answer gives, never a stack trace.
 * The facade's audit entry records a refusal or failure of its own.
 */
@Provider
public class Failures implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    @Inject
    RefusedCalls refused;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof AccessRefused refused) {
            return Problems.response(Problems.of(Problems.REFUSED, 403, "The request is refused.",
                    refused.getMessage()));
        }
        if (failure instanceof EJBAccessException) {
            return Problems.response(Problems.of(Problems.SCOPE, 403, "The token may not do this.",
                    "The client's token does not allow this request."));
        }
        if (BodyLimit.causedBy(failure)) {
            refused.record(413);
            return Problems.response(Problems.status(413, HttpProblems.TOO_LARGE));
        }
        if (failure.getCause() instanceof JsonbException) {
            refused.record(400);
            return Problems.response(Problems.unreadable());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API failure " + reference, failure);
        return Problems.response(Problems.of(Problems.FAILURE, 500, "Something went wrong on our side.",
                "The request was not completed. If it goes on, give the administrator the reference " + reference
                        + "."));
    }
}

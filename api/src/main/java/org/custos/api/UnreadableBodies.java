package org.custos.api;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or not of the expected shape (a text where a date goes, a kind not offered): 400. The
 * parser's own message is not shown: it names Java types.
 */
@Provider
public class UnreadableBodies implements ExceptionMapper<JsonbException> {

    @Inject
    RefusedCalls refused;

    @Override
    public Response toResponse(JsonbException unreadable) {
        if (BodyLimit.causedBy(unreadable)) {
            refused.record(413);
            return Problems.response(Problems.status(413, HttpProblems.TOO_LARGE));
        }
        refused.record(400);
        return Problems.response(Problems.unreadable());
    }
}

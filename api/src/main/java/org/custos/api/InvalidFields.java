package org.custos.api;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.custos.security.api.InvalidArguments;

/**
 * Invalid fields, found at the API's boundary (Bean Validation of the body) or by the facade's own check: 400 with
 * each field and its message. The facade's refusal is in its call's audit entry; the boundary's is audited here.
 */
@Provider
public class InvalidFields implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    RefusedCalls refused;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        if (!(invalid instanceof InvalidArguments)) {
            refused.record(400);
        }
        return Problems.response(Problems.invalid(invalid.getConstraintViolations()));
    }
}

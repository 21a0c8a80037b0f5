package org.custos.security.internal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.custos.security.api.InvalidArguments;
import org.custos.security.api.ValidatedArguments;

/** Bean Validation of facade arguments (see {@link ValidatedArguments}); runs inside the audit interceptor. */
@ValidatedArguments
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class ArgumentValidation {

    @Inject
    Validator validator;

    @AroundInvoke
    Object validate(InvocationContext call) throws Exception {
        if (call.getMethod().getParameterCount() == 0) {
            return call.proceed();
        }
        Set<ConstraintViolation<Object>> violations = validator.forExecutables()
                .validateParameters(call.getTarget(), call.getMethod(), call.getParameters());
        if (!violations.isEmpty()) {
            throw new InvalidArguments(violations);
        }
        return call.proceed();
    }
}

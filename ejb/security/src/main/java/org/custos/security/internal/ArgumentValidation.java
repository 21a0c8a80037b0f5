package org.custos.security.internal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Set;
import org.custos.security.api.InvalidArguments;
import org.custos.security.api.ValidatedArguments;

/**
 * Bean Validation of facade arguments (see {@link ValidatedArguments}); runs inside the audit interceptor. "Today"
 * and "the future" of {@code @PastOrPresent} and the like are the organisation's (London), not the server's zone.
 */
@ValidatedArguments
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class ArgumentValidation {

    @Inject
    ValidatorFactory validators;

    @Inject
    Clock clock;

    private Validator validator;

    @AroundInvoke
    Object validate(InvocationContext call) throws Exception {
        if (call.getMethod().getParameterCount() == 0) {
            return call.proceed();
        }
        Set<ConstraintViolation<Object>> violations = violations(call.getTarget(), call.getMethod(),
                call.getParameters());
        if (!violations.isEmpty()) {
            throw new InvalidArguments(violations);
        }
        return call.proceed();
    }

    Set<ConstraintViolation<Object>> violations(Object target, Method method, Object[] arguments) {
        if (validator == null) {
            validator = validators.usingContext().clockProvider(() -> clock).getValidator();
        }
        return validator.forExecutables().validateParameters(target, method, arguments);
    }
}

package org.custos.security.api;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks a facade call's arguments against the Bean Validation constraints of its API before the method runs,
 * and refuses the call with {@link InvalidArguments} (a {@link jakarta.validation.ConstraintViolationException}) when
 * they break one.
 * Payara 6 does not apply method validation to these EJBs by itself (proven by the context tests).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ValidatedArguments {
}

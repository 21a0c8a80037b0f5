package org.custos.security.api;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes one audit entry per call of the annotated facade method (X2): who, when, the action, the subject and
 * record, and the outcome. The subject comes from the parameter marked {@link SubjectId} (on the facade
 * interface), or from a returned {@link AuditedRecord}. No personal data values are written. One call from outside
 * leaves one entry: an audited facade called inside another's call, for the same caller and in its transaction (an
 * account, access grant or approval checked), writes no entry of its own but adds what it did to the outer call's
 * entry (its detail, and the people it named among those the entry shows).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    @Nonbinding
    AuditAction value() default AuditAction.READ;

    /** The kind of record the call reads or changes, e.g. {@code DataSubject}. */
    @Nonbinding
    String record() default "";
}

package org.custos.security.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a facade method (or every method of a facade) that the {@link Audited} binding leaves alone, and says why
 * (X2, DESIGN §6): it reads and changes no personal data, or it writes its entries itself (a login), or the facade
 * it calls writes the entry. Every public facade method carries this or {@link Audited}; the architecture tests
 * check it, so an unaudited method is always a decision someone wrote down.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AuditExempt {

    /** Why the call needs no entry of its own, in plain words, e.g. "reads no personal data: the list of purposes". */
    String value();
}

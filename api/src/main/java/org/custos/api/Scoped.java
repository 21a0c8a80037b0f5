package org.custos.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.custos.domain.shared.ClientScope;

/**
 * The scope a client's token needs for the resource's operations ({@link ScopeCheck}); the facade checks its role
 * again.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Scoped {

    ClientScope value();
}

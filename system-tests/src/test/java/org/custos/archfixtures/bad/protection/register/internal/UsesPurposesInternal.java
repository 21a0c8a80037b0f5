package org.custos.archfixtures.bad.protection.register.internal;

import java.util.Set;
import org.custos.archfixtures.bad.protection.purposes.internal.StoppedPurposes;

/**
 * Violates "a sub-area's internals are its own" (DESIGN §3): the register uses a rule inside the purposes sub-area
 * instead of a port in its api. Same module, so nothing else.
 */
public class UsesPurposesInternal {

    private final StoppedPurposes rule = new StoppedPurposes();

    public boolean usable(Set<String> stops, String purpose) {
        return !rule.stopped(stops, purpose);
    }
}

package org.custos.archfixtures.bad.protection.purposes.internal;

import java.util.Set;

/** Fixture: a rule of the purposes sub-area, for that sub-area alone. */
public class StoppedPurposes {

    public boolean stopped(Set<String> stops, String purpose) {
        return stops.contains(purpose);
    }
}

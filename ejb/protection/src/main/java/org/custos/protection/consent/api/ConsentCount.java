package org.custos.protection.consent.api;

import java.io.Serializable;

/** How many consents to one purpose the ledger holds, and how many of them were withdrawn (L2). */
public record ConsentCount(long given, long withdrawn) implements Serializable {

    /** "12 consents recorded, 3 of them withdrawn". */
    public String words() {
        return given + (given == 1 ? " consent" : " consents") + " recorded"
                + (withdrawn == 0 ? "" : ", " + withdrawn + " of them withdrawn");
    }
}

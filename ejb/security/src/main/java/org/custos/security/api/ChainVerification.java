package org.custos.security.api;

import java.io.Serializable;

/** The result of walking the audit chain: intact, or the first entry that does not match. */
public record ChainVerification(long entriesChecked, Long firstBrokenPosition, String problem) implements Serializable {

    public boolean intact() {
        return firstBrokenPosition == null;
    }
}

package org.custos.security.api;

import java.io.Serializable;

/** How far a data-key rotation has come: values re-encrypted under the current key now, and values still to do. */
public record RotationProgress(String currentKey, long reencrypted, long remaining) implements Serializable {

    public boolean finished() {
        return remaining == 0;
    }
}

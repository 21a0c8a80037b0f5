package org.custos.protection.retention.api;

import java.io.Serializable;

/**
 * How far the carrying out of decisions is: items decided and waiting, decisions carried out today, and items failed
 * (not done).
 */
public record CarryingOut(long waiting, long done, long failed) implements Serializable {

    /** Whether items still wait to be carried out. */
    public boolean running() {
        return waiting > 0;
    }
}

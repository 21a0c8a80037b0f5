package org.custos.domain.shared;

/**
 * Why a rights request's clock stopped (D2), and what that does to it. Asking for the person's identity, a
 * representative's authority or a fee restarts the clock: the month runs afresh from the day what was asked for
 * arrives. Asking for clarification only pauses it: the days already passed still count.
 */
public enum ClockStop {
    IDENTITY("proof of identity", true),
    AUTHORITY("the representative's authority", true),
    CLARIFICATION("clarification", false),
    FEE("a fee", true);

    private final String awaited;
    private final boolean restarts;

    ClockStop(String awaited, boolean restarts) {
        this.awaited = awaited;
        this.restarts = restarts;
    }

    /** What was asked for, as a sentence names it: "proof of identity". */
    public String awaited() {
        return awaited;
    }

    public String label() {
        return "Waiting for " + awaited;
    }

    /** True when the month runs afresh from the day what was asked for arrives; false for a pause. */
    public boolean restarts() {
        return restarts;
    }
}

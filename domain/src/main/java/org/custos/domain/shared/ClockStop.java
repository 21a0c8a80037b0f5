package org.custos.domain.shared;

/** Why a rights request's clock stopped (D2). */
public enum ClockStop {
    IDENTITY("Waiting for proof of identity"),
    CLARIFICATION("Waiting for clarification"),
    FEE("Waiting for a fee");

    private final String label;

    ClockStop(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

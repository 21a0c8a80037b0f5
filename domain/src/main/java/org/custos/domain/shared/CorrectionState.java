package org.custos.domain.shared;

/** Where a correction of a rectification request stands (D5). */
public enum CorrectionState {
    PENDING("To make"),
    MADE("Made"),
    REFUSED("Not made");

    private final String label;

    CorrectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

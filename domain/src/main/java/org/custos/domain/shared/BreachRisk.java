package org.custos.domain.shared;

/**
 * The risk a breach poses to people (X5): reported to the ICO unless there is no risk; the people affected are
 * told without delay when it is high.
 */
public enum BreachRisk {
    NO_RISK("Unlikely to result in a risk"),
    RISK("Risk"),
    HIGH_RISK("High risk");

    private final String label;

    BreachRisk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

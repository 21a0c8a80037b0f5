package org.custos.domain.shared;

/** How likely a breach is to harm the people affected (X5; the ICO's scale). */
public enum BreachLikelihood {
    REMOTE("Remote"),
    POSSIBLE("Possible"),
    LIKELY("Likely");

    private final String label;

    BreachLikelihood(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

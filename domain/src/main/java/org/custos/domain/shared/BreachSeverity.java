package org.custos.domain.shared;

/** How badly the people affected would be harmed if it happens (X5; the ICO's scale). */
public enum BreachSeverity {
    MINIMAL("Minimal"),
    SIGNIFICANT("Significant"),
    SEVERE("Severe");

    private final String label;

    BreachSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

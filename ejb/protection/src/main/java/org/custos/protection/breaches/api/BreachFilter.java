package org.custos.protection.breaches.api;

/** Which breaches the register lists. */
public enum BreachFilter {
    OPEN("Open"),
    CLOSED("Closed"),
    ALL("All");

    private final String label;

    BreachFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.custos.domain.shared;

/** The level of a warning an HR case ends with; each level has its own period before it expires (R3). */
public enum WarningLevel {
    VERBAL("Verbal warning"),
    FIRST_WRITTEN("First written warning"),
    FINAL_WRITTEN("Final written warning");

    private final String label;

    WarningLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

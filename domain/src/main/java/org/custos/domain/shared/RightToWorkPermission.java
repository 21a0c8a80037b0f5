package org.custos.domain.shared;

/** What a right-to-work check found (T1): permission without a time limit, or permission until a date. */
public enum RightToWorkPermission {
    UNLIMITED("Without a time limit"),
    TIME_LIMITED("Time-limited");

    private final String label;

    RightToWorkPermission(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

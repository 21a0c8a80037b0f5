package org.custos.domain.shared;

/** The kinds of HR case a staff file may hold (R3, X1). */
public enum HrCaseKind {
    DISCIPLINARY("Disciplinary"),
    GRIEVANCE("Grievance"),
    CAPABILITY("Capability");

    private final String label;

    HrCaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether its outcome may be a warning: a grievance ends upheld or not, never with a warning. */
    public boolean mayWarn() {
        return this != GRIEVANCE;
    }
}

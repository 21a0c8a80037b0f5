package org.custos.domain.shared;

import java.util.Optional;

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

    /**
     * The special-category or criminal-records data its details may be (L4, L6): health for capability (an
     * occupational-health report, a condition affecting capability), criminal records for a disciplinary case (an
     * alleged offence, a conviction disclosed), none for a grievance. At most one, so its handlers ask the DPM for
     * that one only.
     */
    public Optional<SpecialCategory> sensitiveCategory() {
        return switch (this) {
            case CAPABILITY -> Optional.of(SpecialCategory.HEALTH);
            case DISCIPLINARY -> Optional.of(SpecialCategory.CRIMINAL_RECORDS);
            case GRIEVANCE -> Optional.empty();
        };
    }
}

package org.custos.domain.shared;

/** What a health detail of a sickness absence is (L4): each one a sensitive record behind the approval gate. */
public enum AbsenceHealthKind {
    REASON("Reason for the absence"),
    FIT_NOTE("Fit note"),
    RETURN_TO_WORK("Return-to-work note"),
    OCCUPATIONAL_HEALTH("Occupational health report");

    private final String label;

    AbsenceHealthKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.custos.protection.breaches.api;

/** Where a breach stands in the register (X5). */
public enum BreachStage {
    AWAITING_DECISION("Awaiting the decision"),
    AWAITING_REPORT("To be reported to the ICO"),
    REPORTED("Reported to the ICO"),
    NOT_REPORTED("Not reported (decided)"),
    CLOSED("Closed");

    private final String label;

    BreachStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The 72-hour clock (X5) runs until the breach is reported, decided not to report, or closed. */
    public boolean awaitsReport() {
        return this == AWAITING_DECISION || this == AWAITING_REPORT;
    }
}

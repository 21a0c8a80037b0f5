package org.custos.domain.shared;

/**
 * Where an application stands (C1, C2). The open states run in this order to {@link #HIRED}; an open
 * application can also end {@link #REJECTED} or {@link #WITHDRAWN}. Which moves are allowed is the recruitment
 * context's workflow rule.
 */
public enum ApplicationStatus {
    RECEIVED("Received"),
    SHORTLISTED("Shortlisted"),
    ASSESSED("Assessed"),
    CONDITIONAL_OFFER("Conditional offer"),
    CHECKS_COMPLETE("Checks complete"),
    FINAL_OFFER("Final offer"),
    HIRED("Hired"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != HIRED && this != REJECTED && this != WITHDRAWN;
    }
}

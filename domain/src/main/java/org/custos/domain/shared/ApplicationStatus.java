package org.custos.domain.shared;

/**
 * Where an application stands (C1, C2). The open states run in this order to {@link #HIRED}; an open
 * application can also end {@link #REJECTED} or {@link #WITHDRAWN}. Which moves are allowed is the recruitment
 * context's workflow rule.
 */
public enum ApplicationStatus {
    RECEIVED("Received", "is", "received", "Mark as received"),
    SHORTLISTED("Shortlisted", "is", "shortlisted", "Shortlist"),
    ASSESSED("Assessed", "is", "assessed", "Mark as assessed"),
    CONDITIONAL_OFFER("Conditional offer", "has", "a conditional offer", "Make a conditional offer"),
    CHECKS_COMPLETE("Checks complete", "has", "its checks complete", "Mark the checks as complete"),
    FINAL_OFFER("Final offer", "has", "a final offer", "Make the final offer"),
    HIRED("Hired", "belongs", "to a hired applicant", "Hire"),
    REJECTED("Rejected", "is", "rejected", "Reject"),
    WITHDRAWN("Withdrawn", "is", "withdrawn", "Record the withdrawal");

    private final String label;
    private final String verb;
    private final String complement;
    private final String move;

    ApplicationStatus(String label, String verb, String complement, String move) {
        this.label = label;
        this.verb = verb;
        this.complement = complement;
        this.move = move;
    }

    /** The button that moves an application to this status: "Shortlist", "Mark as assessed". */
    public String move() {
        return move;
    }

    /** The status as a heading or a choice shows it: "Conditional offer". */
    public String label() {
        return label;
    }

    /** What an application in this status is, after "The application": "has a conditional offer". */
    public String state() {
        return verb + " " + complement;
    }

    /** The same, said of a move just made: "is now shortlisted", "now has a conditional offer". */
    public String stateNow() {
        return "is".equals(verb) ? "is now " + complement : "now " + state();
    }

    public boolean isOpen() {
        return this != HIRED && this != REJECTED && this != WITHDRAWN;
    }
}

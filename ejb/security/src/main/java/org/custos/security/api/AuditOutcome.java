package org.custos.security.api;

/** How an audited action ended, with the word people read for it. */
public enum AuditOutcome {
    SUCCESS("Done"), DENIED("Refused"), FAILED("Failed");

    private final String label;

    AuditOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

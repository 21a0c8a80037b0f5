package org.custos.domain.shared;

/** What the DPM decided for one item of a response (D3). */
public enum ReviewDecision {
    DISCLOSE("Disclose"),
    REDACT("Disclose redacted"),
    WITHHOLD("Withhold (exemption)"),
    OUT_OF_SCOPE("Out of the agreed scope");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

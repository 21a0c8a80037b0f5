package org.custos.domain.shared;

/** The lawful bases for using personal data (L1). */
public enum LawfulBasis {
    CONSENT("Consent"),
    CONTRACT("Contract"),
    PRE_CONTRACT("Steps before a contract, at the person's request"),
    LEGAL_OBLIGATION("Legal obligation"),
    VITAL_INTERESTS("Vital interests"),
    PUBLIC_TASK("Public task"),
    LEGITIMATE_INTERESTS("Legitimate interests");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Legitimate interests need a recorded three-part assessment (L3). */
    public boolean needsInterestAssessment() {
        return this == LEGITIMATE_INTERESTS;
    }
}

package org.custos.domain.shared;

/**
 * How a transfer of personal data outside the UK is safeguarded (UK GDPR Chapter V), the UK's own options first.
 * The IDTA, the Addendum and binding corporate rules rest on a transfer risk assessment.
 */
public enum TransferMechanism {
    ADEQUACY("UK adequacy regulations", false),
    IDTA("International Data Transfer Agreement (IDTA)", true),
    ADDENDUM("UK Addendum to the EU standard contractual clauses", true),
    BINDING_CORPORATE_RULES("Binding corporate rules", true),
    ARTICLE_49("An exception under Article 49", false);

    private final String label;
    private final boolean assessed;

    TransferMechanism(String label, boolean assessed) {
        this.label = label;
        this.assessed = assessed;
    }

    public String label() {
        return label;
    }

    /** Whether the mechanism needs a transfer risk assessment. */
    public boolean needsRiskAssessment() {
        return assessed;
    }
}

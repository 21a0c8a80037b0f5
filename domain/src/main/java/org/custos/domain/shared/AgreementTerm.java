package org.custos.domain.shared;

/** The terms a processor's written contract must contain (UK GDPR Art 28(3)), the checklist of an agreement (X4). */
public enum AgreementTerm {
    DOCUMENTED_INSTRUCTIONS("Processes the data only on our documented instructions"),
    CONFIDENTIALITY("Its staff are bound to confidentiality"),
    SECURITY("Takes the security measures Art 32 requires"),
    SUB_PROCESSORS("Engages sub-processors only with our authorisation and on the same terms"),
    RIGHTS_ASSISTANCE("Helps us answer rights requests"),
    COMPLIANCE_ASSISTANCE("Helps us with security, breaches and impact assessments"),
    DELETION_OR_RETURN("Deletes or returns the data at the end"),
    AUDITS("Gives us the information we need and allows audits");

    private final String label;

    AgreementTerm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

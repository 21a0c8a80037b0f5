package org.custos.domain.shared;

/** The exceptions of UK GDPR Article 49(1) under which a transfer may go without another safeguard. */
public enum TransferException {
    EXPLICIT_CONSENT("The person's explicit consent, told of the risks"),
    CONTRACT_WITH_PERSON("Necessary for a contract with the person"),
    CONTRACT_FOR_PERSON("Necessary for a contract in the person's interest"),
    PUBLIC_INTEREST("Important reasons of public interest"),
    LEGAL_CLAIMS("Legal claims"),
    VITAL_INTERESTS("The vital interests of someone unable to consent"),
    PUBLIC_REGISTER("From a public register"),
    COMPELLING_LEGITIMATE_INTERESTS("Compelling legitimate interests, a one-off transfer");

    private final String label;

    TransferException(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

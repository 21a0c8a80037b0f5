package org.custos.domain.shared;

/** The seven conditions a processor meets before it may receive personal data (X4), as the DPM reads them. */
public enum ProcessorCondition {
    BUSINESS_NEED("Business need"),
    NAMED_IN_NOTICE("Named in the privacy notice"),
    SECURITY_PROCEDURES("Agreed to our security procedures"),
    WRITTEN_CONTRACT("Written contract with approved terms"),
    HELPS_WITH_RIGHTS("Helps with rights requests, breaches and impact assessments"),
    DELETES_OR_RETURNS("Deletes or returns the data at the end"),
    ACCEPTS_AUDITS("Accepts audits");

    private final String label;

    ProcessorCondition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.custos.protection.retention.api;

/** Why a reviewer keeps records past their retention date (R6). */
public enum ExtensionReason {
    LEGAL_HOLD("A legal hold"),
    STATUTORY_MINIMUM("A statutory minimum period"),
    LEGAL_RISK("Legal risk (at most 6 years from the due date)"),
    OTHER("Another reason");

    private final String label;

    ExtensionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

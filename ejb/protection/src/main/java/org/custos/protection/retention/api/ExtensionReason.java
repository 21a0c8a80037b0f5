package org.custos.protection.retention.api;

/** Why a reviewer keeps records past their retention date (R6). */
public enum ExtensionReason {
    LEGAL_HOLD("A legal hold"),
    STATUTORY_MINIMUM("A statutory minimum period"),
    LEGAL_RISK("Legal risk"),
    OTHER("Another reason");

    private final String label;

    ExtensionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.custos.protection.retention.api;

/** What a reviewer decides for records at the end of their retention (R3, R6, R7). */
public enum RetentionAction {
    DESTROY("Destroy"),
    SUMMARISE("Keep a summary"),
    ANONYMISE("Anonymise");

    private final String label;

    RetentionAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

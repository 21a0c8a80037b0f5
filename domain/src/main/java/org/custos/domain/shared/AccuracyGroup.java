package org.custos.domain.shared;

/**
 * A group of a member of staff's own record that they are asked to confirm at intervals (A1), each interval its own
 * setting; {@code label} completes "Please check your ...".
 */
public enum AccuracyGroup {
    PERSONAL_DETAILS("personal and contact details"),
    BANK_DETAILS("bank details"),
    EMERGENCY_CONTACTS("emergency contacts");

    private final String label;

    AccuracyGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.custos.domain.shared;

/** What a change of an account waiting for the DPM's confirmation does (X6). */
public enum AccountChangeKind {
    ROLES("New roles"),
    PASSWORD("New password");

    private final String label;

    AccountChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

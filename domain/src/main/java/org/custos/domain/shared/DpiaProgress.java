package org.custos.domain.shared;

/** How far a data protection impact assessment has gone; signed off only by the DPM's sign-off. */
public enum DpiaProgress {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    AWAITING_SIGN_OFF("Awaiting sign-off"),
    SIGNED_OFF("Signed off");

    private final String label;

    DpiaProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

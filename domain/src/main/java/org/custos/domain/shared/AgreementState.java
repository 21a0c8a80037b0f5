package org.custos.domain.shared;

/** Where a version of a processor's agreement stands (X4): the DPM approves it before it is signed. */
public enum AgreementState {
    PROPOSED("Proposed"),
    AWAITING_DPM("Awaiting the DPM's approval"),
    APPROVED("Approved by the DPM"),
    SIGNED("Signed"),
    IN_FORCE("In force"),
    ENDED("Ended");

    private final String label;

    AgreementState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.custos.domain.shared;

/** Where a request for the DPM's approval stands (L4, L5). */
public enum ApprovalStatus {
    PENDING("Waiting for the DPM"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    REVOKED("Revoked");

    private final String label;

    ApprovalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

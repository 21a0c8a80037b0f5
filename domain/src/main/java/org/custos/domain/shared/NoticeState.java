package org.custos.domain.shared;

/**
 * Where a version of a privacy notice is (N1): a draft is edited; approved by the DPM (form and content), it is no
 * longer edited; issued, it is the one people are given; withdrawn when a later version is issued.
 */
public enum NoticeState {
    DRAFT("Draft"),
    APPROVED("Approved"),
    ISSUED("Issued"),
    WITHDRAWN("Withdrawn");

    private final String label;

    NoticeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

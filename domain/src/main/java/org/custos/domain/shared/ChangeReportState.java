package org.custos.domain.shared;

/** Where a change a member of staff reported to their own record stands (A1): waiting for HR, applied or declined. */
public enum ChangeReportState {
    WAITING("Waiting for HR"),
    APPLIED("Applied"),
    DECLINED("Declined");

    private final String label;

    ChangeReportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

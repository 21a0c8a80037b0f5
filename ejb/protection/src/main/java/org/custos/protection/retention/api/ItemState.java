package org.custos.protection.retention.api;

/** Where an item of the review queue stands, in words. */
public enum ItemState {
    WAITING("Waiting for a decision"),
    EXTENDED("Kept to a later date"),
    DECIDED("Decided, being carried out"),
    DONE("Done"),
    FAILED("Failed: not done, may be decided again");

    private final String label;

    ItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.custos.domain.shared;

/** Where our relationship with an organisation stands (K1); an ended one has its end date, from which R4 counts. */
public enum RelationshipStatus {
    PROSPECTIVE("Prospective"),
    ACTIVE("Active"),
    ENDED("Ended");

    private final String label;

    RelationshipStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

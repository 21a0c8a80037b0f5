package org.custos.domain.shared;

/** What a personal-data breach did to the data (X5, the ICO's three kinds); a breach may be several. */
public enum BreachNature {
    CONFIDENTIALITY("Confidentiality: disclosed to or seen by someone not entitled to it"),
    INTEGRITY("Integrity: altered without authority"),
    AVAILABILITY("Availability: lost, destroyed or out of reach");

    private final String label;

    BreachNature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

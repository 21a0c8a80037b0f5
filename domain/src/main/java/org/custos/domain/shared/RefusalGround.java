package org.custos.domain.shared;

/** Why a rights request may be refused (D4). */
public enum RefusalGround {
    MANIFESTLY_UNFOUNDED("Manifestly unfounded"),
    EXCESSIVE("Manifestly excessive");

    private final String label;

    RefusalGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

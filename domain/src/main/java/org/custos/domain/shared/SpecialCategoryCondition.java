package org.custos.domain.shared;

/** The conditions on which the DPM may approve use of special-category or criminal-records data (L4). */
public enum SpecialCategoryCondition {
    EXPLICIT_CONSENT("The person's explicit consent"),
    EMPLOYMENT_LAW("Obligations or rights under employment or social-security law"),
    LEGAL_CLAIMS("Legal claims");

    private final String label;

    SpecialCategoryCondition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

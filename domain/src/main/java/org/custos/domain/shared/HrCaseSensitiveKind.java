package org.custos.domain.shared;

/**
 * What a special-category or criminal-records detail of an HR case is (L4): health for a capability case,
 * criminal records for a disciplinary one; each one a sensitive record behind the approval gate.
 */
public enum HrCaseSensitiveKind {
    MEDICAL_CONDITION("Medical condition affecting capability", SpecialCategory.HEALTH),
    OCCUPATIONAL_HEALTH("Occupational health report", SpecialCategory.HEALTH),
    ALLEGED_OFFENCE("Alleged criminal offence", SpecialCategory.CRIMINAL_RECORDS),
    CONVICTION_DISCLOSED("Conviction disclosed", SpecialCategory.CRIMINAL_RECORDS);

    private final String label;
    private final SpecialCategory category;

    HrCaseSensitiveKind(String label, SpecialCategory category) {
        this.label = label;
        this.category = category;
    }

    public String label() {
        return label;
    }

    /** The category of data it is, whose approval it needs. */
    public SpecialCategory category() {
        return category;
    }
}

package org.custos.domain.shared;

/**
 * The conditions of the Data Protection Act 2018, Schedule 1, that a purpose using special-category or
 * criminal-offence data may rely on; the record of processing names the one relied on (Schedule 1, Part 4,
 * paragraph 41). Explicit consent and legal claims (UK GDPR Art 9(2)(a) and (f)) need none.
 */
public enum Schedule1Condition {
    EMPLOYMENT("Part 1, paragraph 1: employment, social security and social protection"),
    EQUALITY_OF_OPPORTUNITY("Part 2, paragraph 8: equality of opportunity or treatment"),
    PREVENTING_UNLAWFUL_ACTS("Part 2, paragraph 10: preventing or detecting unlawful acts"),
    REGULATORY_REQUIREMENTS("Part 2, paragraph 12: regulatory requirements about unlawful acts and dishonesty"),
    PREVENTING_FRAUD("Part 2, paragraph 14: preventing fraud"),
    INSURANCE("Part 2, paragraph 20: insurance"),
    OCCUPATIONAL_PENSIONS("Part 2, paragraph 21: occupational pensions"),
    CRIMINAL_CONSENT("Part 3, paragraph 29: consent to criminal-offence data"),
    CRIMINAL_LEGAL_CLAIMS("Part 3, paragraph 33: criminal-offence data for legal claims");

    private final String label;

    Schedule1Condition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

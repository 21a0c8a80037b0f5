package org.custos.domain.shared;

/** The kinds of assessment an applicant goes through (C1). */
public enum AssessmentType {
    TEST("Test"),
    INTERVIEW("Interview"),
    ASSESSMENT_DAY("Assessment day"),
    PERSONALITY_QUESTIONNAIRE("Personality questionnaire");

    private final String label;

    AssessmentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

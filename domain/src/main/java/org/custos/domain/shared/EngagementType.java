package org.custos.domain.shared;

/** On what footing a person works for the organisation (T1): the staff file's engagement type. */
public enum EngagementType {
    DIRECTOR("Director"),
    EMPLOYEE("Employee"),
    INTERN("Intern"),
    VOLUNTEER("Volunteer"),
    CONTRACTOR("Contractor"),
    CONSULTANT("Consultant");

    private final String label;

    EngagementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

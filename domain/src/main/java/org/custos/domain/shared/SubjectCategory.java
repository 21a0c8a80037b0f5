package org.custos.domain.shared;

/** What a person is to the organisation (S2); a person can be several. */
public enum SubjectCategory {
    JOB_APPLICANT("Job applicant"),
    STAFF("Member of staff"),
    FORMER_STAFF("Former member of staff"),
    CLIENT_CONTACT("Client or customer contact"),
    SUPPLIER_CONTACT("Supplier contact"),
    COMPLAINANT("Complainant"),
    REFEREE("Referee"),
    EMERGENCY_CONTACT("Emergency contact"),
    NAMED_IN_COMPLAINT("Person named in a complaint");

    private final String label;

    SubjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

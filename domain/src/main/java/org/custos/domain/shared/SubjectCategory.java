package org.custos.domain.shared;

/** What a person is to the organisation (S2); a person can be several. */
public enum SubjectCategory {
    JOB_APPLICANT("Job applicant", "recruitment"),
    STAFF("Member of staff", "staff"),
    FORMER_STAFF("Former member of staff", "staff"),
    CLIENT_CONTACT("Client or customer contact", "relationships"),
    SUPPLIER_CONTACT("Supplier contact", "relationships"),
    COMPLAINANT("Complainant", "complaints"),
    REFEREE("Referee", "recruitment"),
    EMERGENCY_CONTACT("Emergency contact", "staff"),
    NAMED_IN_COMPLAINT("Person named in a complaint", "complaints");

    private final String label;
    private final String context;

    SubjectCategory(String label, String context) {
        this.label = label;
        this.context = context;
    }

    /** The context whose records a person of this category is in (its purposes are theirs, D3). */
    public String context() {
        return context;
    }

    public String label() {
        return label;
    }
}

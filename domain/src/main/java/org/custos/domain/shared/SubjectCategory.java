package org.custos.domain.shared;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

    /** The contexts people of some category are in, sorted: the contexts a purpose may serve. */
    public static SortedSet<String> contexts() {
        return Arrays.stream(values()).map(SubjectCategory::context).collect(Collectors.toCollection(TreeSet::new));
    }

    public String label() {
        return label;
    }
}

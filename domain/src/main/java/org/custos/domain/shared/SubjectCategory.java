package org.custos.domain.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What a person is to the organisation (S2); a person can be several. */
public enum SubjectCategory {
    JOB_APPLICANT("Job applicant", DataContext.RECRUITMENT),
    STAFF("Member of staff", DataContext.STAFF),
    FORMER_STAFF("Former member of staff", DataContext.STAFF),
    CLIENT_CONTACT("Client or customer contact", DataContext.RELATIONSHIPS),
    SUPPLIER_CONTACT("Supplier contact", DataContext.RELATIONSHIPS),
    COMPLAINANT("Complainant", DataContext.COMPLAINTS),
    REFEREE("Referee", DataContext.RECRUITMENT),
    EMERGENCY_CONTACT("Emergency contact", DataContext.STAFF),
    NAMED_IN_COMPLAINT("Person named in a complaint", DataContext.COMPLAINTS);

    private final String label;
    private final DataContext context;

    SubjectCategory(String label, DataContext context) {
        this.label = label;
        this.context = context;
    }

    /** The context whose records a person of this category is in (its purposes are theirs, D3). */
    public DataContext context() {
        return context;
    }

    /** The keys of the contexts people of some category are in, sorted: the contexts a purpose may serve. */
    public static SortedSet<String> contexts() {
        return Arrays.stream(values()).map(category -> category.context.key()).collect(Collectors.toCollection(TreeSet::new));
    }

    public String label() {
        return label;
    }

    /** The categories' labels in this order, separated by semicolons: "Job applicant; Referee". */
    public static String labels(Collection<SubjectCategory> categories) {
        return categories.stream().sorted().map(SubjectCategory::label).collect(Collectors.joining("; "));
    }
}

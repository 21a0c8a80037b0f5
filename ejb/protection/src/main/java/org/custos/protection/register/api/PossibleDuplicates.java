package org.custos.protection.register.api;

import java.util.List;
import org.custos.security.api.RequestRefused;

/**
 * Someone already on the register may be the new person a record was to be about (S1): nothing is saved, and the
 * user chooses one of {@link #people()} or confirms that the new person is someone else.
 */
public class PossibleDuplicates extends RequestRefused {

    private static final long serialVersionUID = 1L;

    private final transient List<SubjectSummary> people;

    public PossibleDuplicates(List<SubjectSummary> people) {
        super("This may be someone already in the register: choose them from the list, or confirm that the new "
                + "person is someone else.");
        this.people = List.copyOf(people);
    }

    public List<SubjectSummary> people() {
        return people;
    }
}

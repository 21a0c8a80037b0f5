package org.custos.protection.register.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.SubjectCategory;

/** One row of the register's search results. */
public record SubjectSummary(long id, String givenNames, String familyName, LocalDate dateOfBirth,
        List<String> emails, Set<SubjectCategory> categories, boolean doNotContact) {

    public SubjectSummary {
        emails = List.copyOf(emails);
        categories = Set.copyOf(categories);
    }
}

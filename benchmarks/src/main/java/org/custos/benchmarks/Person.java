package org.custos.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.SubjectCategory;

/** One seeded person: a row of {@code core_data_subject} with one email and one category. */
record Person(long id, String givenNames, String familyName, String searchName, LocalDate dateOfBirth,
        String email, String phone, String town, SubjectCategory category, boolean doNotContact,
        LocalDateTime createdAt) {
}

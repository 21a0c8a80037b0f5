package org.custos.recruitment.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When an application's data falls due for review (R1, R2): the application itself and its assessment
 * material. Both are null for a hired applicant, whose application is part of the staff file now; {@code basis}
 * says which rule set the date.
 */
public record RetentionDates(LocalDate applicationReviewOn, LocalDate assessmentReviewOn, String basis)
        implements Serializable {
}

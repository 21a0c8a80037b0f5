package org.custos.recruitment.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.AssessmentType;

/** A recorded assessment of an applicant. */
public record AssessmentView(long id, AssessmentType type, LocalDate heldOn, String assessor, String notes,
        Integer score, String recordedBy, LocalDateTime recordedAt) implements Serializable {
}

package org.custos.recruitment.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Published when an applicant is hired (R2), in the hiring transaction: what the staff context needs to open the
 * staff file. The bank details and emergency contacts move to it through {@link HireHandover} (ADR 0010).
 */
public record ApplicantHired(long applicationId, long subjectId, long campaignId, String jobRole, LocalDate hiredOn,
        LocalDate startsOn, List<Long> emergencyContactIds) implements Serializable {

    public ApplicantHired {
        emergencyContactIds = List.copyOf(emergencyContactIds);
    }
}

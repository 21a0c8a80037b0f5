package org.custos.recruitment.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when an applicant is hired (R2): what the staff context needs to open the staff file. Bank details
 * stay encrypted in recruitment; the staff context reads them through this API when it takes the file over.
 */
public record ApplicantHired(long applicationId, long subjectId, long campaignId, String jobRole, LocalDate hiredOn,
        LocalDate startsOn, List<Long> emergencyContactIds) {

    public ApplicantHired {
        emergencyContactIds = List.copyOf(emergencyContactIds);
    }
}

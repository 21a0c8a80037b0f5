package org.custos.recruitment.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.custos.security.api.RecordId;

/** Assessments of applicants (C1): HR, the DPM, and the hiring managers of the application's campaign (X1). */
@Local
public interface Assessments {

    /**
     * @return the application with the assessment
     * @throws org.custos.security.api.RequestRefused when the application is not open
     * @throws org.custos.security.api.AccessRefused while the applicant's data is restricted (D6)
     */
    ApplicationView record(@RecordId long applicationId, @NotNull @Valid AssessmentForm form);
}

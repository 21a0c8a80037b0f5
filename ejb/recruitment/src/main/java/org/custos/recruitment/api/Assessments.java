package org.custos.recruitment.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.custos.security.api.RecordId;

/** Assessments of applicants (C1): HR, the DPM, and the hiring managers of the application's campaign (X1). */
@Local
public interface Assessments {

    /** @throws org.custos.security.api.RequestRefused when the application is not open */
    /** @return the application with the assessment */
    ApplicationView record(@RecordId long applicationId, @NotNull @Valid AssessmentForm form);
}

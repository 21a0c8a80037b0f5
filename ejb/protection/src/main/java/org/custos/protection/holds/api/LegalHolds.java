package org.custos.protection.holds.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.security.api.SubjectId;

/**
 * Legal holds (D5, R6): the DPM keeps a person's records from erasure while a claim or an investigation needs them,
 * in one context or in all; erasure then reports what it kept and why. HR sees them.
 */
@Local
public interface LegalHolds {

    /** The person's holds, those in force first, newest first. */
    List<LegalHoldView> of(@SubjectId long subjectId);

    /** @throws org.custos.security.api.RequestRefused for a context that holds no personal data */
    List<LegalHoldView> place(@SubjectId long subjectId, @NotNull @Valid LegalHoldForm form);

    List<LegalHoldView> lift(@SubjectId long subjectId, long holdId, long version);
}

package org.custos.protection.holds.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.security.api.SubjectId;

/**
 * The disclosure log (D5, D6), HR and the DPM: who received a person's data, what, when and why, so that a
 * rectification, erasure or restriction is told to every recipient. A disclosure is recorded also while the
 * person's data is restricted: it is a fact about the past, and its recipient must be told of the restriction.
 */
@Local
public interface Disclosures {

    /**
     * @throws org.custos.security.api.AccessRefused for a person not in the register
     * @throws org.custos.security.api.RequestRefused for a purpose that does not exist
     */
    DisclosureView record(@SubjectId long subjectId, @NotNull @Valid DisclosureForm form);

    /** The person's disclosures, newest first. */
    List<DisclosureView> of(@SubjectId long subjectId);
}

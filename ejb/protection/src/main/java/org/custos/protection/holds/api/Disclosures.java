package org.custos.protection.holds.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.security.api.RecordId;
import org.custos.security.api.SubjectId;

/**
 * The disclosure log (D5, D6), HR and the DPM: who received a person's data, what, when and why, so that a
 * rectification, erasure or restriction is told to every recipient. A disclosure is recorded also while the
 * person's data is restricted: it is a fact about the past, and its recipient must be told of the restriction.
 * A disclosure may name an organisation of the register; to a processor without an agreement the DPM approved, none
 * is recorded (X4).
 */
@Local
public interface Disclosures {

    /**
     * @throws org.custos.security.api.AccessRefused for a person not in the register
     * @throws org.custos.security.api.RequestRefused for a purpose that does not exist, an organisation no deployed
     *         context knows, or one that may not receive personal data (a processor without an approved agreement)
     */
    DisclosureView record(@SubjectId long subjectId, @NotNull @Valid DisclosureForm form);

    /** The person's disclosures, newest first. */
    List<DisclosureView> of(@SubjectId long subjectId);

    /** A page of the disclosures to an organisation of the register, newest first. */
    Page<DisclosureView> toOrganisation(@RecordId long organisationId, @Min(0) int first,
            @Min(1) @Max(100) int pageSize);
}

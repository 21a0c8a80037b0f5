package org.custos.relationships.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.ProcessorCondition;
import org.custos.security.api.RecordId;

/**
 * The processor register (X4), HR (the office manager) and the DPM: an organisation recorded as a processor, the
 * evidence of its seven conditions, and the versions of its agreement, which HR proposes and only the DPM approves
 * before it is signed. Every method names the organisation.
 */
@Local
public interface Processors {

    /** @throws org.custos.security.api.AccessRefused when the organisation is not recorded as a processor */
    ProcessorView processor(@RecordId long organisationId);

    /**
     * Records an organisation as a processor.
     *
     * @throws org.custos.security.api.RequestRefused when it already is one, a purpose is not on the list, or
     *         neither a category of people nor a note on them is given
     */
    ProcessorView register(@RecordId long organisationId, @NotNull @Valid ProcessorForm form);

    /**
     * Changes what the processor receives, why and about whom.
     *
     * @throws org.custos.security.api.ConcurrentChange when it changed since {@code version} was read
     */
    ProcessorView update(@RecordId long organisationId, long version, @NotNull @Valid ProcessorForm form);

    /**
     * Records (or replaces) the evidence of one condition.
     *
     * @throws org.custos.security.api.ConcurrentChange when the processor changed since {@code version} was read
     */
    ProcessorView recordEvidence(@RecordId long organisationId, long version,
            @NotNull @Valid ConditionEvidenceForm form);

    /**
     * Records an organisation the processor passes the data on to.
     *
     * @throws org.custos.security.api.ConcurrentChange when the processor changed since {@code version} was read
     * @throws org.custos.security.api.RequestRefused when it is the processor itself or already its sub-processor
     */
    ProcessorView addSubProcessor(@RecordId long organisationId, long version, @NotNull @Valid SubProcessorForm form);

    /** Proposes a new version of the processor's agreement, to be sent to the DPM. */
    ProcessorView proposeAgreement(@RecordId long organisationId, @NotNull @Valid AgreementForm form);

    /**
     * Changes a version not yet signed; it goes back to proposed and needs the DPM's approval again.
     *
     * @throws org.custos.security.api.RequestRefused when it was signed: a change is a new version
     */
    ProcessorView changeAgreement(@RecordId long organisationId, long agreementId, long version,
            @NotNull @Valid AgreementForm form);

    /** Sends a proposed version to the DPM for approval. */
    ProcessorView submitAgreement(@RecordId long organisationId, long agreementId, long version);

    /**
     * The DPM approves a version sent to them; with a condition unmet only when they record why.
     *
     * @throws org.custos.security.api.RequestRefused when a condition is unmet and no reason is given
     */
    ProcessorView approveAgreement(@RecordId long organisationId, long agreementId, long version,
            @Size(max = 2000, message = "The reason must have at most {max} characters.") String reason);

    /**
     * Records an approved version as signed.
     *
     * @throws org.custos.security.api.RequestRefused when the DPM has not approved it
     */
    ProcessorView recordSigned(@RecordId long organisationId, long agreementId, long version);

    /**
     * Records a signed version as in force; the version in force until then ends, replaced by it, with no
     * confirmation that data was returned or deleted since the processor keeps working for us.
     *
     * @throws org.custos.security.api.RequestRefused when it was not approved and signed
     */
    ProcessorView recordInForce(@RecordId long organisationId, long agreementId, long version);

    /**
     * Records the agreement as ended, with how the processor returned or deleted the data.
     *
     * @throws org.custos.security.api.RequestRefused when it was not signed, or the confirmation is missing
     */
    ProcessorView endAgreement(@RecordId long organisationId, long agreementId, long version,
            @Size(max = 1000, message = "The confirmation must have at most {max} characters.")
            String dataConfirmation);

    /**
     * Removes an organisation from the processor's sub-processors.
     *
     * @throws org.custos.security.api.ConcurrentChange when the processor changed since {@code version} was read
     * @throws org.custos.security.api.RequestRefused when it is not its sub-processor
     */
    ProcessorView removeSubProcessor(@RecordId long organisationId, long version, long subProcessorOrganisationId);

    /**
     * Withdraws the evidence of a condition, which is unmet again; a version approved but not yet signed whose
     * approval relied on it goes back to the DPM.
     *
     * @throws org.custos.security.api.ConcurrentChange when the processor changed since {@code version} was read
     * @throws org.custos.security.api.RequestRefused when no evidence of it is recorded
     */
    ProcessorView withdrawEvidence(@RecordId long organisationId, long version,
            @NotNull(message = "Choose the condition.") ProcessorCondition condition);

    /**
     * The processor register, a page by organisation name: each processor with the conditions it meets, its review
     * date and the state of its latest agreement version.
     */
    Page<ProcessorSummary> list(@NotNull @Valid ProcessorQuery query);

    /** The DPM's worklist: the agreement versions sent to them and not yet approved, the longest waiting first. */
    Page<AgreementAwaiting> awaitingApproval(@Min(0) int first, @Min(1) @Max(200) int pageSize);

    /** The organisation as a processor, or nothing when it is not recorded as one (its page then offers to). */
    Optional<ProcessorView> processorOf(@RecordId long organisationId);
}

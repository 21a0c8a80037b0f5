package org.custos.complaints.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.PlausibleDate;
import org.custos.security.api.AccountName;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RecordId;

/**
 * Complaint files (P1, X1): HR and the DPM log a complaint naming its handlers; a file opens for its named handlers
 * only, and for the DPM through emergency access (break-glass) with a typed reason, flagged in the audit trail;
 * everyone else is refused, and the refusal is audited. The handlers record the investigation's steps, the
 * acknowledgement, that anonymity cannot be kept, and the outcome, which closes the file.
 */
@Local
public interface Complaints {

    /**
     * Logs a complaint; the complainant gains the category complainant, the people it concerns "named in a complaint"
     * (S2).
     *
     * @throws org.custos.security.api.RequestRefused when a handler is not an enabled HR or DPM account, or a person
     *         named is not in the register
     * @throws org.custos.protection.register.api.PossibleDuplicates when a new complainant may be someone already
     *         registered
     */
    LoggedComplaint log(@NotNull @Valid ComplaintForm form);

    /**
     * A complaint sent in by another system (the website's form) under its intake token: the complainant is
     * registered as they gave themselves (as someone new: the sender must not learn who is on the register), the
     * complaint logged as arriving by web form today, for the enabled DPM accounts to handle (they name others).
     * The answer tells only its number and when its acknowledgement is due.
     *
     * @throws org.custos.security.api.RequestRefused when there is no enabled DPM account to handle it
     */
    LoggedComplaint receive(@NotNull @Valid ReceivedComplaint form);

    /**
     * A page of the open complaints: those the caller is named to handle, every one for the DPM; the oldest received
     * first, each with its acknowledgement's due date and the days left.
     */
    Page<OpenComplaint> openComplaints(@NotNull @Valid ComplaintQuery query);

    /**
     * Opens a complaint file: for its named handlers, and for the DPM while an emergency access to it is in force.
     *
     * @throws org.custos.security.api.AccessRefused (audited) for anyone else, HR and hiring managers included
     */
    ComplaintView complaint(@RecordId long complaintId);

    /**
     * The DPM's emergency access to a complaint they are not named to handle, for the rest of the day: the typed
     * reason is kept and the audit trail flags the access as break-glass.
     */
    ComplaintView breakGlass(@RecordId long complaintId,
            @NotBlank(message = "Type the reason for the emergency access.")
            @Size(max = ComplaintLimits.REASON, message = "The reason must have at most {max} characters.")
            String reason);

    /**
     * Adds a dated step of the investigation.
     *
     * @throws org.custos.security.api.AccessRefused for anyone who may not open the file
     * @throws org.custos.security.api.RequestRefused when the file is closed or the day is before its receipt
     */
    ComplaintView addStep(@RecordId long complaintId, @NotNull @Valid NoteForm form);

    /**
     * Records the day the complaint was acknowledged.
     *
     * @throws org.custos.security.api.ConcurrentChange when the file changed since {@code version} was read
     * @throws org.custos.security.api.RequestRefused when it was acknowledged already, or the day is before receipt
     */
    ComplaintView acknowledge(@RecordId long complaintId, long version,
            @NotNull(message = "Enter the day of the acknowledgement.")
            @PlausibleDate("The day of the acknowledgement") LocalDate acknowledgedOn);

    /**
     * Records the outcome told to the complainant and closes the file; sent within the acknowledgement's time, it
     * needs no acknowledgement of its own.
     *
     * @throws org.custos.security.api.ConcurrentChange when the file changed since {@code version} was read
     * @throws org.custos.security.api.RequestRefused when the file is closed, or the day is before receipt
     */
    ComplaintView close(@RecordId long complaintId, long version, @NotNull @Valid OutcomeForm form);

    /**
     * Records that the anonymity the complainant asked for cannot be kept: why, and the day they were told.
     *
     * @throws org.custos.security.api.ConcurrentChange when the file changed since {@code version} was read
     * @throws org.custos.security.api.RequestRefused when no anonymity was asked for or it was given up already
     */
    ComplaintView anonymityCannotBeKept(@RecordId long complaintId, long version,
            @NotNull @Valid AnonymityLossForm form);

    /**
     * The DPM names the complaint's handlers, in place of those named before; the file itself is not opened.
     *
     * @throws org.custos.security.api.ConcurrentChange when the file changed since {@code version} was read
     * @throws org.custos.security.api.RequestRefused when a handler is not an enabled HR or DPM account
     */
    ComplaintHandlers changeHandlers(@RecordId long complaintId, long version,
            @NotEmpty(message = "Name at least one handler.")
            @Size(max = ComplaintLimits.HANDLERS, message = "Name at most {max} handlers.")
            Set<@NotBlank String> handlers);

    /** The accounts that may be named to handle a complaint (enabled HR and DPM accounts), by name. */
    List<AccountName> possibleHandlers();

    /**
     * Attaches a document to a complaint (the complainant's letter, a screenshot, evidence), told by its content as
     * uploads are elsewhere: refused unless PDF, DOCX, ODT, PNG or JPEG. Its name and bytes are encrypted at rest.
     *
     * @throws org.custos.security.api.AccessRefused (audited) for anyone who may not open the file
     * @throws org.custos.security.api.RequestRefused when the file is closed or the document is of a type refused
     */
    List<ComplaintDocumentView> attach(@RecordId long complaintId,
            @NotNull(message = "Choose a document.") @Valid DocumentUpload upload);

    /**
     * The documents of a complaint, oldest first, without their bytes.
     *
     * @throws org.custos.security.api.AccessRefused (audited) for anyone who may not open the file
     */
    List<ComplaintDocumentView> documents(@RecordId long complaintId);

    /**
     * One document of a complaint, decrypted, to download.
     *
     * @throws org.custos.security.api.AccessRefused (audited) for anyone who may not open the file, or when the
     *         document is not one of this complaint's
     */
    DocumentDownload document(@RecordId long complaintId, long documentId);

    /**
     * The letter acknowledging the complaint to the complainant, as a PDF from the DPM's current template (the
     * organisation's letter layout); its production is audited as an export.
     *
     * @throws org.custos.security.api.AccessRefused (audited) for anyone who may not open the file
     * @throws org.custos.security.api.RequestRefused when the complainant's data was erased
     */
    ComplaintLetter acknowledgementLetter(@RecordId long complaintId);

    /**
     * The letter telling the complainant the outcome, as a PDF; for a data-protection complaint it tells them of
     * their right to complain to the ICO (DPA 2018 s.164A). Audited as an export.
     *
     * @throws org.custos.security.api.AccessRefused (audited) for anyone who may not open the file
     * @throws org.custos.security.api.RequestRefused when no outcome is recorded, or the complainant was erased
     */
    ComplaintLetter outcomeLetter(@RecordId long complaintId);

    /**
     * The DPM's counts of the complaints received in each of the last {@code months} months (this one included), per
     * kind and outcome, counted in SQL; no name or words.
     */
    ComplaintCounts countsByMonth(@Min(1) @Max(60) int months);
}

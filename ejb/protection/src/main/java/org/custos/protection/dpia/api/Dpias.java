package org.custos.protection.dpia.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RecordId;

/**
 * The DPIA of each purpose (ADR 0015 decision 5), the DPM's alone: each change takes the version read and is refused
 * with {@link org.custos.security.api.ConcurrentChange} when someone else saved in between.
 */
@Local
public interface Dpias {

    /** The DPIA of a purpose; an empty one (not screened) while none was started. */
    DpiaView dpia(@RecordId long purposeId);

    /** Records the screening's answers and whether the DPM requires a DPIA anyway; starts the DPIA if need be. */
    DpiaView screen(@RecordId long purposeId, @NotNull @Valid ScreeningForm form);

    /** Records the progress and the measures; a change after sign-off reopens the DPIA. */
    DpiaView work(@RecordId long purposeId, @NotNull @Valid DpiaWorkForm form);

    /**
     * Stores the assessment document, its type told by its content (PDF, DOCX, ODT, PNG or JPEG); a new document
     * after sign-off reopens the DPIA.
     */
    DpiaView attach(@RecordId long purposeId, long version,
            @NotNull(message = "Choose a document.") @Valid DocumentUpload upload);

    /** One of the DPIA's documents, to download. */
    DocumentDownload document(@RecordId long purposeId, long documentId);

    /**
     * The DPM's sign-off, now, by the caller; the review date is the one given, or by default the calendar's
     * (one year after sign-off unless the DPM set another period).
     *
     * @throws org.custos.security.api.RequestRefused when not screened, without a document or without measures
     */
    DpiaView signOff(@RecordId long purposeId, long version, LocalDate reviewDate);

    /** Moves the review date of a signed-off DPIA. */
    DpiaView reviewBy(@RecordId long purposeId, long version,
            @NotNull(message = "Enter the review date.") LocalDate reviewDate);

    /** Every purpose with where its DPIA stands, by name. */
    List<DpiaStanding> standings();

    /** The purposes flagged: they need a DPIA and have none signed off, or its review is due. */
    List<DpiaStanding> flagged();
}

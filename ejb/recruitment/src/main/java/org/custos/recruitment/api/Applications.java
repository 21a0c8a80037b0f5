package org.custos.recruitment.api;

import org.custos.domain.shared.ConsentMethod;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.DocumentKind;
import org.custos.domain.shared.Page;
import org.custos.protection.letters.api.LetterFile;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RecordId;
import org.custos.security.api.SubjectId;

/**
 * Applications (C1, C2, R2, L2, N2): intake, documents, the rule-checked workflow, rejection with talent-pool
 * consent, withdrawal and hiring. HR and the DPM see every application; a hiring manager only those of the
 * campaigns they are named on, and moves them only as far as assessed (X1). While the applicant's data is
 * restricted (D6), every change is refused with {@link org.custos.security.api.AccessRefused#restricted()};
 * reading stays allowed. After hire, only HR and the DPM change the application (adding documents and assessments
 * to correct it), and its hiring managers only while HR's leave for that application stands.
 */
@Local
public interface Applications {

    /** Records an application of a person already in the register (match or create them first, S1). */
    ApplicationView receive(@NotNull @Valid ApplicationForm form);

    /** @throws org.custos.security.api.AccessRefused for a hiring manager not named on its campaign */
    ApplicationView application(@RecordId long applicationId);

    Page<ApplicationSummary> search(@NotNull @Valid ApplicationQuery query);

    /** A person's applications, for their page in the register (HR and DPM). */
    List<ApplicationSummary> historyOf(@SubjectId long subjectId);

    /**
     * Moves the application on (shortlisted, assessed, conditional offer, checks complete, final offer).
     *
     * @throws org.custos.security.api.RequestRefused when the workflow does not allow the move, with the reason
     */
    ApplicationView move(@RecordId long applicationId, long version, @NotNull ApplicationStatus to,
            @Size(max = 2000, message = "The note must have at most {max} characters.") String note);

    /** Rejects an open application; the talent-pool consent, when the applicant gave it, is recorded with it. */
    ApplicationView reject(@RecordId long applicationId, long version, @NotNull @Valid Rejection rejection);

    ApplicationView withdraw(@RecordId long applicationId, long version,
            @Size(max = 2000, message = "The reason must have at most {max} characters.") String reason);

    /**
     * N2: the applicant was given the job applicants' issued privacy notice on the day, by email: recorded on the
     * ledger of notices given (the notice they were owed is marked).
     *
     * @throws org.custos.security.api.RequestRefused when no version of the notice is issued
     */
    ApplicationView noticeGiven(@RecordId long applicationId, long version,
            @NotNull(message = "Enter the day the notice was given.")
            @PastOrPresent(message = "The notice cannot be given in the future.") LocalDate on);

    /**
     * L2: withdrawal of the talent-pool consent today, told by {@code how}, on the consent ledger: it ends that
     * retention extension at once and stops the talent pool for the applicant.
     */
    ApplicationView withdrawTalentPoolConsent(@RecordId long applicationId, long version,
            @NotNull(message = "Choose how the applicant withdrew their consent.") ConsentMethod how);

    /** Hires the applicant of a final offer (R2): publishes {@link ApplicantHired}; the person becomes staff. */
    ApplicationView hire(@RecordId long applicationId, long version,
            @NotNull(message = "Enter the start date.") LocalDate startsOn);

    /**
     * HR lets the campaign's hiring managers change this hired applicant's application (add documents and
     * assessments), which after hire only HR may otherwise do; recorded in its timeline.
     *
     * @throws org.custos.security.api.RequestRefused before hire, or when the leave already stands
     */
    ApplicationView letManagersChange(@RecordId long applicationId, long version);

    /** HR withdraws that leave: the hiring managers may only read the application again. */
    ApplicationView withdrawManagersLeave(@RecordId long applicationId, long version);

    /**
     * Stores a document of the application, its type checked by content.
     *
     * @throws org.custos.security.api.RequestRefused for a type that is not accepted, or a file too large
     */
    /** @return the application with the document */
    ApplicationView attach(@RecordId long applicationId, @NotNull(message = "Choose what the document is.")
            DocumentKind kind, @NotNull @Valid DocumentUpload upload);

    DocumentFile document(@RecordId long applicationId, long documentId);

    /**
     * The applicant's rejection letter from the DPM's current template and the organisation's settings, for HR, the
     * DPM and the campaign's hiring managers.
     *
     * @throws org.custos.security.api.RequestRefused for an application that was not rejected
     */
    ApplicantLetter rejectionLetter(@RecordId long applicationId, @NotNull LetterFile.Format format);
}

package org.custos.staff.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.RecordId;

/**
 * Sickness absence on a staff file (T1, L4; ADR 0010 §10). The periods (dates, days lost, whether a fit note was
 * given) are absence records HR keeps and sees without approval. Their health details (the reason, fit notes,
 * return-to-work notes, occupational-health reports) are health data: recorded and read only through the security
 * context's approval gate, so only with the DPM's approval in force for the person and health data; a refusal is
 * audited and says the DPM's approval is needed. Every call is audited.
 */
@Local
public interface Absences {

    /** The file's periods of sickness absence, latest first, without their health details. */
    List<AbsenceView> onFile(@RecordId long staffFileId);

    /**
     * @throws org.custos.security.api.RequestRefused when the last day is before the first, the first day is still
     *         to come or outside the engagement, or the period overlaps another of the file
     */
    AbsenceView record(@NotNull @Valid AbsenceForm form);

    /** Puts the period right or ends it (its last day, a fit note given); the file of the form must be the period's. */
    AbsenceView change(@RecordId long absenceId, long version, @NotNull @Valid AbsenceForm form);

    /**
     * Records a health detail of the period, encrypted, through the approval gate.
     *
     * @throws org.custos.security.api.AccessRefused without the DPM's approval in force for the person's health
     *         data and this purpose
     * @throws org.custos.security.api.RequestRefused when the reason's category is missing, or a fit note or
     *         report comes without its document, or the document is not a PDF, DOCX, ODT, PNG or JPEG
     */
    AbsenceView recordHealth(@RecordId long absenceId, @NotNull @Valid AbsenceHealthForm form);

    /**
     * The period's health details the approvals in force let the caller read (all of them for the DPM's oversight).
     *
     * @throws org.custos.security.api.AccessRefused without the DPM's approval in force for the person's health data
     */
    List<AbsenceHealthView> health(@RecordId long absenceId);

    /** @throws org.custos.security.api.AccessRefused as {@link #health}, or when the detail has no document */
    DocumentDownload document(@RecordId long absenceId, long healthId);
}

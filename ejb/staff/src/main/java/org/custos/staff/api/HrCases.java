package org.custos.staff.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.Page;
import org.custos.security.api.AccountName;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RecordId;

/**
 * Disciplinary, grievance and capability cases on a staff file (R3, X1). Any HR user opens one; from then on only
 * the HR handlers it names and the DPM see or change it, and never the account of the person it is about (a line
 * manager never sees a grievance about themselves, whatever their role), chosen among the enabled accounts, nor the
 * account linked to the person whose file holds it (A1). Every call is audited. When a warning
 * expires only the summary is kept: the details go (here on HR's action, or through the staff holder's erasure).
 */
@Local
public interface HrCases {

    /**
     * HR opens a case; the caller need not be among its handlers (an HR manager may assign it), and is shown what
     * they entered.
     *
     * @throws org.custos.security.api.RequestRefused when the account the case is about is not an enabled account,
     *         a handler is not an HR account, or is the person the case is about or whose file holds it, or the
     *         caller opens a case on their own file
     */
    HrCaseView open(@NotNull @Valid HrCaseForm form);

    /** The cases of a staff file the caller may see, newest first; the others are not mentioned. */
    List<HrCaseSummary> onFile(@RecordId long staffFileId);

    /**
     * @throws org.custos.security.api.AccessRefused unless the caller handles it or is the DPM, and it is not about
     *         the caller
     */
    HrCaseView hrCase(@RecordId long caseId);

    /**
     * A handler or the DPM reassigns the case: these HR accounts handle it from now on.
     *
     * @throws org.custos.security.api.RequestRefused when one is not an HR account, or is the person it is about
     */
    HrCaseView changeHandlers(@RecordId long caseId, long version,
            @NotEmpty(message = "Name at least one HR handler.") Set<String> handlers);

    HrCaseView addNote(@RecordId long caseId, long version, @NotNull @Valid HrCaseNoteForm form);

    HrCaseView addMeeting(@RecordId long caseId, long version, @NotNull @Valid HrCaseMeetingForm form);

    /** A document told by its content, as uploads are elsewhere: refused unless PDF, DOCX, ODT, PNG or JPEG. */
    HrCaseView attach(@RecordId long caseId, long version, @NotNull @Valid DocumentUpload upload);

    DocumentDownload document(@RecordId long caseId, long documentId);

    /** The outcome; a warning's expiry, unless given, is the decision's date plus its level's period (R3). */
    HrCaseView decide(@RecordId long caseId, long version, @NotNull @Valid HrCaseOutcomeForm form);

    /**
     * R3: a page of the cases the caller handles whose warning has expired and whose details are still held,
     * soonest expired first; paged in SQL with the file and the person named.
     */
    Page<HrCaseSummary> expiredWarnings(@Min(0) int first, @Min(1) @Max(200) int pageSize);

    /**
     * R3: deletes the notes, meetings and documents of a case whose warning has expired; its summary stays.
     *
     * @throws org.custos.security.api.RequestRefused before the warning has expired
     */
    HrCaseView reduceToSummary(@RecordId long caseId, long version);

    /** The HR accounts that can be named as a case's handlers (HR opens cases, a handler or the DPM reassigns). */
    List<AccountName> handlerChoices();

    /**
     * The enabled accounts whose user name or display name contains {@code text}, a few by display name, among which
     * HR chooses the person a case is about.
     */
    List<AccountName> aboutChoices(@NotNull String text);
}

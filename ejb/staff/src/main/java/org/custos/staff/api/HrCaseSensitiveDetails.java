package org.custos.staff.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.RecordId;

/**
 * The health details of a capability case (an occupational-health report, a medical condition affecting
 * capability) and the criminal-records details of a disciplinary case (an alleged offence, a conviction disclosed;
 * L4, X3, X1, R3). Only the case's named HR handlers and the DPM may even ask, never the person it is about
 * ({@link HrCases}); then the security context's approval gate records and reads them, encrypted, only with the
 * DPM's approval in force for the person, the category and the purpose, and refuses (audited) otherwise. They are
 * never among the case's notes or in its summary, and go with the case's other details when its warning expires.
 * Every call is audited.
 */
@Local
public interface HrCaseSensitiveDetails {

    /**
     * Records a detail of the case, encrypted, through the approval gate; the case's version goes up.
     *
     * @throws org.custos.security.api.AccessRefused unless the caller handles the case or is the DPM, and without
     *         the DPM's approval in force for the person's data of the detail's category and this purpose
     * @throws org.custos.security.api.RequestRefused when the detail does not belong to the case's kind, a report
     *         comes without its document, the document is not a PDF, DOCX, ODT, PNG or JPEG, or only the case's
     *         summary is kept
     */
    HrCaseView record(@RecordId long caseId, long version, @NotNull @Valid HrCaseSensitiveForm form);

    /**
     * The case's details the approvals in force let the caller read (all of them for the DPM's oversight); none for
     * a grievance, which holds none.
     *
     * @throws org.custos.security.api.AccessRefused unless the caller handles the case or is the DPM, and without
     *         the DPM's approval in force for the person's data of the case's category
     */
    List<HrCaseSensitiveView> details(@RecordId long caseId);

    /** @throws org.custos.security.api.AccessRefused as {@link #details}, or when the detail has no document */
    DocumentDownload document(@RecordId long caseId, long detailId);
}

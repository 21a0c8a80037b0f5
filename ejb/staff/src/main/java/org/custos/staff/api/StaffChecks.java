package org.custos.staff.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.StaffDocumentKind;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RecordId;

/**
 * A staff file's checks and documents (T1), HR only: right-to-work checks with the copies of the documents checked
 * (a time-limited permission is re-checked before it expires), conflict-of-interest declarations and their review,
 * security clearances, contracts and other documents (accepted by their content); the right-to-work permissions and
 * clearances ending soon, for HR's home page; and, once a person leaves, until when each record group of their file
 * is kept (R3).
 */
@Local
public interface StaffChecks {

    StaffChecksView checks(@RecordId long staffFileId);

    /**
     * @throws org.custos.security.api.RequestRefused when the dates do not fit the permission, or a copy is not a
     *                                                 document Custos accepts
     */
    StaffChecksView recordRightToWork(@RecordId long staffFileId, @NotNull @Valid RightToWorkForm form);

    StaffChecksView declareConflict(@RecordId long staffFileId, @NotNull @Valid ConflictForm form);

    /** Records a declaration's review, over the declaration's {@code version} the user saw. */
    StaffChecksView reviewConflict(@RecordId long staffFileId, long declarationId, long version,
            @NotNull @Valid ConflictReviewForm form);

    StaffChecksView recordClearance(@RecordId long staffFileId, @NotNull @Valid ClearanceForm form);

    /**
     * Attaches a contract or another document (right-to-work copies come with their check).
     *
     * @throws org.custos.security.api.RequestRefused when the content is not of a kind Custos accepts
     */
    StaffChecksView attach(@RecordId long staffFileId, @NotNull(message = "Choose what the document is.")
            StaffDocumentKind kind, @NotNull @Valid DocumentUpload upload);

    DocumentDownload document(@RecordId long staffFileId, long documentId);

    /**
     * Until when each record group of the file is kept from the leaving date (R3), each by its own period as the
     * settings hold it; no dates while the engagement continues.
     */
    RetentionDatesView retentionDates(@RecordId long staffFileId);

    /**
     * A page of the right-to-work permissions and security clearances of current staff that end within the period
     * set for it (or have ended with no newer one recorded), soonest first; paged in SQL.
     */
    Page<ExpiringPermission> expiring(@Min(0) int first, @Min(1) @Max(200) int pageSize);
}

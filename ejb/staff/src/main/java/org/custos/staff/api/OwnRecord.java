package org.custos.staff.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.security.api.RecordId;

/**
 * A member of staff's own record (A1, X1), the STAFF role only, through the account HR linked to their entry in the
 * register: their staff file (not its HR cases or absences), their details as the register and the file hold them,
 * and the changes they reported with HR's decisions, and the groups of their details due for them to confirm as
 * still right. Another person's file is refused; every read is audited (X2).
 */
@Local
public interface OwnRecord {

    /**
     * The caller's own staff file, the latest when they have several.
     *
     * @throws org.custos.security.api.AccessRefused when no staff file is linked to the caller's account
     */
    OwnRecordView mine();

    /**
     * The staff file when it is the caller's own.
     *
     * @throws org.custos.security.api.AccessRefused for anyone else's file
     */
    OwnRecordView file(@RecordId long staffFileId);

    /**
     * Reports a change to one of the caller's own details; it waits for HR to apply or decline it.
     *
     * @return the report, as the caller's own record lists it (audited as a change report, by its own id)
     *
     * @throws org.custos.security.api.RequestRefused for a detail not among theirs, an unchanged value, or a change
     *         to the same detail already waiting
     */
    ChangeReportView reportChange(long staffFileId, @NotNull @Valid ChangeReportForm form);

    /**
     * Confirms that a group of the caller's own details is still right (A1): it is not asked about again until its
     * interval has passed.
     *
     * @throws org.custos.security.api.AccessRefused for anyone else's file
     * @throws org.custos.security.api.RequestRefused for a group the file holds nothing of
     */
    OwnRecordView confirm(@RecordId long staffFileId,
            @NotNull(message = "Choose the details to confirm.") AccuracyGroup group);
}

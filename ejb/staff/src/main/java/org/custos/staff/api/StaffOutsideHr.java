package org.custos.staff.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.Page;
import org.custos.security.api.RecordId;

/**
 * Staff data used outside HR (L5): a line manager (a hiring manager's account) or a finance user sees a member of
 * staff's HR or finance data only while the DPM's written approval for that person, that area and that account is
 * in force, and then only that area's fields. Every read is audited, refusals included.
 */
@Local
public interface StaffOutsideHr {

    /** The people the caller holds such an approval for, those ending soonest first, one page. */
    Page<SharedStaffFile> sharedWithMe(@Min(0) int first, @Min(1) @Max(200) int pageSize);

    /** One staff file as the approval of {@code area} shows it; refused without one in force. */
    SharedStaffFileView read(@RecordId long staffFileId, @NotNull DataArea area);
}

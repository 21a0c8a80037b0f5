package org.custos.staff.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.security.api.RecordId;

/**
 * The changes members of staff reported to their own records (A1), for HR: applied through the rectification of
 * the context holding the detail (D5, the personal-data SPI a rights request uses) or declined with the reason,
 * which the member of staff then reads.
 */
@Local
public interface ChangeReports {

    /** The reports waiting for HR, the oldest first. */
    List<ChangeReportView> waiting();

    /**
     * Makes the change through the holder's rectification.
     *
     * @throws org.custos.security.api.RequestRefused with the holder's reason when the value breaks its rules, or when
     *         the report was already decided
     * @throws org.custos.security.api.ConcurrentChange when the report changed since {@code version} was read
     */
    ChangeReportView apply(@RecordId long reportId, long version);

    /** Declines the change, keeping the data as it is, with the reason the member of staff reads. */
    ChangeReportView decline(@RecordId long reportId, long version, @NotNull @Valid DeclineForm form);
}

package org.custos.staff.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.custos.domain.shared.Page;

/**
 * Stale records (A1), for HR and the DPM: the groups of current staff's records that are overdue for the member of
 * staff to confirm, each group's interval a setting. Members of staff confirm their own through
 * {@link OwnRecord#confirm}.
 */
@Local
public interface AccuracyReviews {

    /** A page of the groups overdue, longest overdue first; paged in SQL. */
    Page<StaleRecord> stale(@Min(0) int first, @Min(1) @Max(200) int pageSize);
}

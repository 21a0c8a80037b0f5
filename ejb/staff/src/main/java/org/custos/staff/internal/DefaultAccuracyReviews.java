package org.custos.staff.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;
import org.custos.staff.api.AccuracyReviews;
import org.custos.staff.api.StaleRecord;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultAccuracyReviews implements AccuracyReviews {

    @Inject
    StaleRecords staleRecords;

    @Inject
    ComplianceCalendar calendar;

    @Override
    @Audited(value = AuditAction.SEARCH, record = "StaffFile")
    public Page<StaleRecord> stale(int first, int pageSize) {
        return staleRecords.page(group -> calendar.reviewInterval(ReviewIntervals.of(group)), calendar.today(), first,
                pageSize);
    }
}

package org.custos.staff.internal;

import org.custos.domain.shared.DataArea;
import org.custos.staff.api.StaffFileView.EngagementView;

/**
 * Which fields of the engagement each area's approval shows outside HR (L5): HR activities, what a line manager
 * works with (the role, the team, the hours, probation and leaving dates; not the reason for leaving); finance,
 * what pay needs (the role, the contract, the hours, the start and leaving dates). Who recorded a row is HR's own.
 */
final class OutsideHrFields {

    private OutsideHrFields() {
    }

    static EngagementView of(EngagementView e, DataArea area) {
        return switch (area) {
            case HR -> new EngagementView(e.type(), e.jobTitle(), e.department(), e.lineManagerFileId(),
                    e.lineManagerName(), e.placeOfWork(), e.contractType(), e.weeklyHours(), e.startDate(),
                    e.probationEnd(), e.leavingDate(), null, null, null);
            case FINANCE -> new EngagementView(e.type(), e.jobTitle(), e.department(), null, null, null,
                    e.contractType(), e.weeklyHours(), e.startDate(), null, e.leavingDate(), null, null, null);
        };
    }
}

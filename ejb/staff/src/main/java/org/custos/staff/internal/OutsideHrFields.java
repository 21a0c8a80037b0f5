package org.custos.staff.internal;

import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.DataArea;
import org.custos.domain.staff.SicknessAbsence;
import org.custos.staff.api.SharedAbsenceView;
import org.custos.staff.api.StaffFileView.EngagementView;

/**
 * Which fields of the engagement each area's approval shows outside HR (L5): HR activities, what a line manager
 * works with (the role, the team, the hours, probation and leaving dates; not the reason for leaving) and the periods
 * of absence (their kind, dates and days lost; never a health detail nor whether one is held or a fit note was
 * given: those stay behind the DPM's approval of health data, L4); finance, what pay needs (the role, the contract,
 * the hours, the start and leaving dates) and no absence. Who recorded a row is HR's own.
 */
final class OutsideHrFields {

    static final String SICKNESS = "Sickness absence";

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

    /** The periods of sickness absence, latest first, that the area's approval shows. */
    static List<SharedAbsenceView> absences(List<SicknessAbsence> absences, DataArea area, LocalDate today) {
        return switch (area) {
            case HR -> absences.stream().map(absence -> new SharedAbsenceView(SICKNESS, absence.firstDay(),
                    absence.lastDay(), AbsenceRules.daysLost(absence.firstDay(), absence.lastDay(), today))).toList();
            case FINANCE -> List.of();
        };
    }
}

package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.shared.ChangeReportState;
import org.custos.domain.staff.ChangeReport;
import org.custos.staff.api.ChangeReportView;

/** The changes members of staff reported as pages show them, with the person's name: one statement per list. */
@Dependent
class ChangeReportViews {

    private static final String WITH_NAMES = "select r, s.givenNames, s.familyName from ChangeReport r, DataSubject s"
            + " where s.id = r.subjectId";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    StaffRecords records;

    /** The reports waiting for HR, the oldest first. */
    List<ChangeReportView> waiting() {
        return em.createQuery(WITH_NAMES + " and r.state = :waiting order by r.reportedAt, r.id", Object[].class)
                .setParameter("waiting", ChangeReportState.WAITING).getResultStream().map(ChangeReportViews::view)
                .toList();
    }

    /** A person's reports, the newest first. */
    List<ChangeReportView> of(long subjectId) {
        return em.createQuery(WITH_NAMES + " and r.subjectId = :subject order by r.reportedAt desc, r.id desc",
                Object[].class).setParameter("subject", subjectId).getResultStream().map(ChangeReportViews::view)
                .toList();
    }

    ChangeReportView view(ChangeReport report) {
        return view(report, records.name(report.subjectId()));
    }

    private static ChangeReportView view(Object[] row) {
        return view((ChangeReport) row[0], row[1] + " " + row[2]);
    }

    private static ChangeReportView view(ChangeReport r, String name) {
        return new ChangeReportView(r.id(), r.version(), r.subjectId(), name, r.recordLabel(), r.field(),
                r.newValue(), r.reportedBy(), r.reportedAt(), r.state(), r.decidedBy(), r.decidedAt(), r.reason());
    }
}

package org.custos.protection.breaches.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TreeSet;
import org.custos.domain.protection.Breach;
import org.custos.protection.breaches.api.BreachDecisionForm;
import org.custos.protection.breaches.api.BreachForm;
import org.custos.protection.breaches.api.BreachReportForm;
import org.custos.protection.breaches.api.BreachStage;
import org.custos.protection.breaches.api.BreachSummary;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.breaches.api.PeopleToldForm;
import org.custos.protection.breaches.api.ReportCountdown;
import org.custos.protection.calendar.api.ComplianceCalendar;

/**
 * Turns breaches into the API's records, with the report deadline and the time left from the calendar: the
 * breach's instants become the organisation's local time, as the DPM reads them.
 */
@ApplicationScoped
public class BreachViews {

    @Inject
    ComplianceCalendar calendar;

    BreachLateness lateness(Breach breach) {
        return new BreachLateness(calendar.breachReportDeadline(breach.awareAt()), calendar::localTime);
    }

    BreachView view(Breach breach) {
        BreachLateness lateness = lateness(breach);
        BreachStage stage = stage(breach);
        BreachDecisionForm decision = breach.notifyIco() == null ? null
                : new BreachDecisionForm(breach.notifyIco(), breach.decisionReasons());
        BreachReportForm report = breach.reportedAt() == null ? null
                : new BreachReportForm(local(breach.reportedAt()), breach.icoReference(), breach.lateReason());
        PeopleToldForm told = breach.peopleToldAt() == null && breach.notToldReason() == null ? null
                : new PeopleToldForm(local(breach.peopleToldAt()), breach.peopleToldHow(), breach.notToldReason());
        return new BreachView(breach.id(), breach.version(), details(breach), breach.risk(), stage, decision,
                breach.decidedBy(), local(breach.decidedAt()), report, told, lateness.localDeadline(),
                countdown(stage, lateness), local(breach.closedAt()), breach.closedBy(), local(breach.updatedAt()),
                breach.updatedBy());
    }

    BreachSummary summary(Breach breach) {
        BreachStage stage = stage(breach);
        return new BreachSummary(breach.id(), breach.summary(), local(breach.awareAt()), breach.risk(), stage,
                countdown(stage, lateness(breach)));
    }

    private ReportCountdown countdown(BreachStage stage, BreachLateness lateness) {
        return stage.awaitsReport() ? lateness.countdown(calendar.instantNow()) : null;
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : calendar.localTime(at);
    }

    static BreachStage stage(Breach breach) {
        if (breach.closedAt() != null) {
            return BreachStage.CLOSED;
        }
        if (breach.notifyIco() == null) {
            return BreachStage.AWAITING_DECISION;
        }
        if (!breach.notifyIco()) {
            return BreachStage.NOT_REPORTED;
        }
        return breach.reportedAt() == null ? BreachStage.AWAITING_REPORT : BreachStage.REPORTED;
    }

    private BreachForm details(Breach breach) {
        return new BreachForm(breach.summary(), local(breach.occurredAt()), local(breach.awareAt()),
                breach.howDiscovered(),
                new TreeSet<>(breach.natures()), breach.description(), breach.systems(), breach.dataCategories(),
                breach.peopleCategories(), breach.approxPeople(), breach.approxRecords(),
                new TreeSet<>(breach.subjectIds()), breach.consequences(), breach.measuresTaken(),
                breach.measuresPlanned(), breach.likelihood(), breach.severity());
    }
}

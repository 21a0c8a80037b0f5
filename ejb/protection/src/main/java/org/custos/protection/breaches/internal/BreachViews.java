package org.custos.protection.breaches.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
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

/** Turns breaches into the API's records, with the report deadline and the time left from the calendar. */
@ApplicationScoped
public class BreachViews {

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Clock clock;

    BreachLateness lateness(Breach breach) {
        return new BreachLateness(calendar.breachReportDeadline(breach.awareAt()), clock.getZone());
    }

    BreachView view(Breach breach) {
        BreachLateness lateness = lateness(breach);
        BreachStage stage = stage(breach);
        BreachDecisionForm decision = breach.notifyIco() == null ? null
                : new BreachDecisionForm(breach.notifyIco(), breach.decisionReasons());
        BreachReportForm report = breach.reportedAt() == null ? null
                : new BreachReportForm(breach.reportedAt(), breach.icoReference(), breach.lateReason());
        PeopleToldForm told = breach.peopleToldAt() == null && breach.notToldReason() == null ? null
                : new PeopleToldForm(breach.peopleToldAt(), breach.peopleToldHow(), breach.notToldReason());
        return new BreachView(breach.id(), breach.version(), details(breach), breach.risk(), stage, decision,
                breach.decidedBy(), breach.decidedAt(), report, told, lateness.deadline(),
                countdown(stage, lateness), breach.closedAt(), breach.closedBy(), breach.updatedAt(),
                breach.updatedBy());
    }

    BreachSummary summary(Breach breach) {
        BreachStage stage = stage(breach);
        return new BreachSummary(breach.id(), breach.summary(), breach.awareAt(), breach.risk(), stage,
                countdown(stage, lateness(breach)));
    }

    private ReportCountdown countdown(BreachStage stage, BreachLateness lateness) {
        return stage.awaitsReport() ? lateness.countdown(calendar.now()) : null;
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

    private static BreachForm details(Breach breach) {
        return new BreachForm(breach.summary(), breach.occurredAt(), breach.awareAt(), breach.howDiscovered(),
                new TreeSet<>(breach.natures()), breach.description(), breach.systems(), breach.dataCategories(),
                breach.peopleCategories(), breach.approxPeople(), breach.approxRecords(),
                new TreeSet<>(breach.subjectIds()), breach.consequences(), breach.measuresTaken(),
                breach.measuresPlanned(), breach.likelihood(), breach.severity());
    }
}

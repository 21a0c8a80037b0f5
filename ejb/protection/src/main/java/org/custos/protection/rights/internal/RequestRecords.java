package org.custos.protection.rights.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.protection.RequestOutcome;
import org.custos.domain.protection.RequestPause;
import org.custos.domain.protection.ResponsePack;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.RequestType;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.RequestDeadlines;
import org.custos.protection.rights.api.OutcomeView;
import org.custos.protection.rights.api.RequestSummary;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.shared.Dates;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;

/** Rights requests as the facades find, check and show them, with their clock from the compliance calendar. */
@Dependent
class RequestRecords {

    /** The name shown for a person erased from the register. */
    static final String ERASED = "(erased)";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    RightsRequest find(long requestId) {
        RightsRequest request = em.find(RightsRequest.class, requestId);
        if (request == null) {
            throw new AccessRefused("There is no such request.");
        }
        return request;
    }

    /** The request as of {@code version}, still open. */
    RightsRequest open(long requestId, long version) {
        RightsRequest request = find(requestId);
        ConcurrentChange.check(request.version(), version, "This request");
        return stillOpen(request);
    }

    /** The request, unless it was refused or answered. */
    RightsRequest stillOpen(RightsRequest request) {
        if (!request.open()) {
            throw new RequestRefused("This request is closed: it was " + (request.refusedOn() != null ? "refused on "
                    + Dates.day(request.refusedOn()) : "answered on " + Dates.day(request.respondedOn())) + ".");
        }
        return request;
    }

    /** The request as of {@code version}, still open, and of the type the action is for. */
    RightsRequest open(long requestId, long version, RequestType type) {
        return ofType(open(requestId, version), type);
    }

    /** The request, when it is of the type the action is for. */
    RightsRequest ofType(RightsRequest request, RequestType type) {
        if (request.type() != type) {
            throw new RequestRefused("This is not a request for " + type.label().toLowerCase() + ".");
        }
        return request;
    }

    /** What acting on the request did in each context, in the order it happened. */
    List<OutcomeView> outcomes(long requestId) {
        return em.createQuery("select o from RequestOutcome o where o.requestId = :id order by o.happenedAt, o.id",
                RequestOutcome.class).setParameter("id", requestId).getResultStream()
                .map(o -> new OutcomeView(o.context(), o.action().label(), o.done(), o.kept(), o.happenedAt()))
                .toList();
    }

    List<RequestPause> stops(long requestId) {
        return em.createQuery("select p from RequestPause p where p.requestId = :id order by p.stoppedOn, p.id",
                RequestPause.class).setParameter("id", requestId).getResultList();
    }

    RequestClock clock() {
        return new RequestClock(calendar::requestDueDate, calendar::extendedDueDate);
    }

    RequestClock.Deadlines deadlines(RightsRequest request) {
        return deadlines(request, clockStops(stops(request.id())));
    }

    private RequestClock.Deadlines deadlines(RightsRequest request, List<RequestClock.Stop> stops) {
        return clock().deadlines(request.receivedOn(), stops, request.extensionReason() != null,
                request.extensionNoticeOn(), calendar.today());
    }

    private static List<RequestClock.Stop> clockStops(List<RequestPause> stops) {
        return stops.stream().map(stop -> new RequestClock.Stop(stop.reason(), stop.stoppedOn(), stop.resumedOn()))
                .toList();
    }

    String subjectName(long subjectId) {
        DataSubject subject = em.find(DataSubject.class, subjectId);
        return subject == null ? ERASED : subject.givenNames() + " " + subject.familyName();
    }

    RequestView view(RightsRequest request) {
        List<RequestClock.Stop> stops = clockStops(stops(request.id()));
        RequestClock.Deadlines deadlines = deadlines(request, stops);
        return new RequestView(request.id(), request.version(), request.subjectId(),
                subjectName(request.subjectId()), request.type(), request.channel(), request.representative(),
                request.asked(), request.receivedOn(), request.identity(), request.identityVerifiedOn(),
                request.noCheckReason(), request.noCheckRecordedBy(),
                new RequestView.Clock(deadlines.originalDue(), deadlines.countsFrom(), deadlines.restartedOn(),
                        deadlines.pausedDays(), deadlines.firstMonthDue(), deadlines.due(),
                        deadlines.due() == null ? null : calendar.daysLeft(deadlines.due()), deadlines.stoppedSince(),
                        deadlines.stoppedFor(), deadlines.extensionNoticeDue(), deadlines.extensionLapsed()),
                request.extensionReason(), request.extensionNoticeOn(), request.refusalGround(),
                request.refusalReasons(), request.refusedOn(), request.feePence(), request.feeReason(),
                request.scopeNote(), request.compileState(), request.compiledContexts(), request.totalContexts(),
                em.find(ResponsePack.class, request.id()) != null, request.respondedOn(),
                stops.stream().map(stop -> new RequestView.StopView(stop.reason(), stop.stoppedOn(), stop.resumedOn(),
                        stop.pausedDays())).toList());
    }

    RequestSummary summary(RightsRequest request) {
        return summary(RequestRow.of(request), stops(request.id()), subjectName(request.subjectId()),
                calendar.requestDeadlines());
    }

    /**
     * A request's row in a list, its clock worked out from its stops (D2) with {@code deadlines}, which a list reads
     * once for all its rows.
     */
    RequestSummary summary(RequestRow row, List<RequestPause> stops, String subjectName,
            RequestDeadlines deadlines) {
        RequestClock.Deadlines clock = new RequestClock(deadlines.due(), deadlines.extendedDue()).deadlines(
                row.receivedOn(), clockStops(stops), row.extended(), row.extensionNoticeOn(), deadlines.today());
        return new RequestSummary(row.id(), row.subjectId(), subjectName, row.type(), row.receivedOn(), clock.due(),
                clock.due() == null ? null : deadlines.daysLeft().applyAsLong(clock.due()), clock.stoppedSince(),
                clock.extensionNoticeDue(), row.status(), row.closedOn());
    }
}

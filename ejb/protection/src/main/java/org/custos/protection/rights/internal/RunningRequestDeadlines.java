package org.custos.protection.rights.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.custos.domain.protection.RightsRequest;
import org.custos.protection.rights.api.OpenRequestDeadlines;

/** The open requests' deadlines from {@link RequestClock}, as the request pages show them. */
@ApplicationScoped
public class RunningRequestDeadlines implements OpenRequestDeadlines {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RequestRecords records;

    @Override
    public List<RequestDeadline> running() {
        return em.createQuery("select r from RightsRequest r where r.respondedOn is null and r.refusedOn is null",
                RightsRequest.class).getResultStream().map(this::deadline).filter(Objects::nonNull)
                .sorted(Comparator.comparing(RequestDeadline::due)).toList();
    }

    private RequestDeadline deadline(RightsRequest request) {
        RequestClock.Deadlines deadlines = records.deadlines(request);
        return deadlines.stopped() ? null : new RequestDeadline(request.id(), request.type(), deadlines.due(),
                deadlines.extensionNoticeDue() ? deadlines.firstMonthDue() : null);
    }
}

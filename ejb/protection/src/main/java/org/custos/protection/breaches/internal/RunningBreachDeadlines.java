package org.custos.protection.breaches.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import org.custos.domain.protection.Breach;
import org.custos.protection.breaches.api.BreachDeadlines;

/** The open breaches' report deadlines from the calendar, as the breach pages show them. */
@ApplicationScoped
public class RunningBreachDeadlines implements BreachDeadlines {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    BreachViews views;

    @Override
    public List<BreachDeadline> running() {
        return em.createQuery("select b from Breach b where b.closedAt is null", Breach.class).getResultStream()
                .filter(breach -> BreachViews.stage(breach).awaitsReport())
                .map(breach -> new BreachDeadline(breach.id(), views.lateness(breach).deadline()))
                .sorted(Comparator.comparing(BreachDeadline::reportBy)).toList();
    }
}

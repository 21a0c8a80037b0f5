package org.custos.protection.retention.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.custos.domain.protection.RetentionReviewItem.State;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The retention queue at {@code /metrics}: its items waiting for a reviewer, decided and waiting to be carried out,
 * and failed. Each a count over the queue's index on the state, read at each scrape with no caller.
 */
@Singleton
@Startup
public class RetentionQueueGauges {

    static final String NAME = "custos.retention.queue.items";
    private static final List<State> COUNTED = List.of(State.WAITING, State.DECIDED, State.FAILED);

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    MetricRegistry registry;

    @PostConstruct
    void register() {
        Metadata metadata = Metadata.builder().withName(NAME).withDescription("Items in the retention queue: waiting "
                + "for a reviewer, decided and waiting to be carried out, and failed").build();
        for (State state : COUNTED) {
            registry.gauge(metadata, () -> count(state), new Tag("state", state.name().toLowerCase(Locale.ROOT)));
        }
    }

    private long count(State state) {
        return em.createQuery("select count(i) from RetentionReviewItem i where i.state = :state", Long.class)
                .setParameter("state", state).getSingleResult();
    }
}

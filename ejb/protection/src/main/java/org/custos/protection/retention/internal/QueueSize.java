package org.custos.protection.retention.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.protection.RetentionReviewItem.State;
import org.custos.protection.retention.api.RetentionQueueSize;

/** Each a count over the queue's index on the state: no item is loaded. */
@ApplicationScoped
public class QueueSize implements RetentionQueueSize {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public long waiting() {
        return count(State.WAITING);
    }

    @Override
    public long decided() {
        return count(State.DECIDED);
    }

    @Override
    public long failed() {
        return count(State.FAILED);
    }

    private long count(State state) {
        return em.createQuery("select count(i) from RetentionReviewItem i where i.state = :state", Long.class)
                .setParameter("state", state).getSingleResult();
    }
}

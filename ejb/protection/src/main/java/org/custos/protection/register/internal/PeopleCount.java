package org.custos.protection.register.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.subject.RegisterSize;

/**
 * How many people the register holds: one row, changed in the transaction of each registration and erasure (the
 * only ways a person enters or leaves it), so that it is exact without counting. The row is updated in place, not
 * read and written back, so that registrations at once queue on its lock rather than overwrite each other.
 */
@ApplicationScoped
public class PeopleCount {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    void registered() {
        change(1);
    }

    void erased() {
        change(-1);
    }

    long people() {
        return em.find(RegisterSize.class, RegisterSize.ID).people();
    }

    private void change(int by) {
        em.createQuery("update RegisterSize r set r.people = r.people + :by, r.version = r.version + 1"
                + " where r.id = :id")
                .setParameter("by", (long) by).setParameter("id", RegisterSize.ID).executeUpdate();
    }
}

package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.custos.security.api.KeptSensitiveRecords;

/** Erases sensitive records per record for the context that keeps them; their documents go by the foreign key. */
@Dependent
class KeptSensitiveRecordErasure implements KeptSensitiveRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public int eraseWithContextRecords(long subjectId, Set<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from SensitiveRecord r where r.subjectId = :subject and r.id in :ids")
                .setParameter("subject", subjectId).setParameter("ids", recordIds).executeUpdate();
    }
}

package org.custos.recruitment.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.recruitment.Application;
import org.custos.recruitment.api.HiredApplications;

/** The hired application follows its staff file's erasure (R2), erased as any other application is. */
@Dependent
class HiredApplicationErasure implements HiredApplications {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ApplicationErasure erasure;

    @Override
    public int eraseWithStaffFile(long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || application.anonymisedAt() != null) {
            return 0;
        }
        erasure.erase(application);
        em.flush();
        return 1;
    }
}

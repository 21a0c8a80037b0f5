package org.custos.staff.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.custos.recruitment.api.ApplicantHired;

/**
 * Where recruitment's hires arrive (R2): in the hire's transaction as a pending hire, and once it has committed as
 * the opening of the staff file, which no longer can undo the hire.
 */
@ApplicationScoped
class HireInbox {

    @EJB
    HireOpenings openings;

    void pending(@Observes ApplicantHired hired) {
        openings.recordPending(hired);
    }

    void open(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicantHired hired) {
        openings.attempt(hired.applicationId());
    }
}

package org.custos.staff.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.domain.staff.PendingHire;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.recruitment.api.ApplicantHired;
import org.custos.security.api.RequestRefused;

/**
 * The outbox of hires (R2, ADR 0010): a pending hire is written in the hire's own transaction, so that a hire never
 * goes without it; its file is opened in a transaction of its own after the hire commits, and a failure is written
 * on the pending hire in yet another, for HR to see and retry. Not a facade: the hire's or the retry's facade
 * checked the caller's roles and audits the call.
 */
@Stateless
public class HireOpenings {

    private static final Logger LOG = Logger.getLogger(HireOpenings.class.getName());

    /** A retry of a hire no longer pending: its file opened, or erasure removed it with the person's data. */
    static final String NOT_WAITING = "This hire is no longer waiting for its staff file: the file has opened, or "
            + "the person's data was erased.";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    StaffFileOpening opening;

    /** What an attempt came to: the file opened, or why not. */
    public record Attempt(Long staffFileId, String failure) {
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordPending(ApplicantHired hired) {
        em.persist(new PendingHire(hired.applicationId(), hired.subjectId(), hired.jobRole(),
                hired.startsOn() == null ? hired.hiredOn() : hired.startsOn(),
                session.getCallerPrincipal().getName(), calendar.now()));
    }

    /** Opens the hire's file, or keeps the reason it failed on the pending hire. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Attempt attempt(long applicationId) {
        HireOpenings self = session.getBusinessObject(HireOpenings.class);
        try {
            return new Attempt(self.open(applicationId), null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The staff file of hired application " + applicationId + " did not open", e);
            String reason = OpeningFailure.reason(e);
            self.failed(applicationId, reason);
            return new Attempt(null, reason);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(long applicationId) {
        PendingHire hire = em.find(PendingHire.class, applicationId);
        if (hire == null) {
            throw new RequestRefused(NOT_WAITING);
        }
        return opening.fromHire(hire, session.getCallerPrincipal().getName()).id();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long applicationId, String reason) {
        PendingHire hire = em.find(PendingHire.class, applicationId);
        if (hire != null) {
            hire.failed(reason, calendar.now());
        }
    }
}

package org.custos.protection.rights.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.protection.Purpose;
import org.custos.domain.protection.PurposeStop;
import org.custos.domain.protection.RecipientNotice;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.Role;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.consent.api.WithdrawalForm;
import org.custos.protection.purposes.api.PurposeStopView;
import org.custos.protection.purposes.api.PurposeStops;
import org.custos.protection.rights.api.OutcomeView;
import org.custos.protection.rights.api.RecipientView;
import org.custos.protection.rights.api.RequestActions;
import org.custos.protection.rights.api.RequestView;
import org.custos.domain.shared.Texts;
import org.custos.protection.spi.HolderRegistry;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultRequestActions implements RequestActions {

    private static final String RECORD = "RightsRequest";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    HolderRegistry holders;

    @Inject
    ActionStep step;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    PurposeStops stops;

    @Inject
    ConsentLedger consents;

    @Inject
    Principal caller;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited(value = AuditAction.ERASE, record = RECORD)
    public List<OutcomeView> erase(long requestId, long version) {
        RightsRequest request = records.open(requestId, version, RequestType.ERASURE);
        IdentityGate.require(request, IdentityGate.Step.ERASE);
        step.noteRecipients(requestId, request.subjectId());
        for (String context : holders.registerLast()) {
            step.erase(requestId, request.subjectId(), context);
        }
        return outcomes(requestId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<OutcomeView> restrict(long requestId, long version) {
        RightsRequest request = records.open(requestId, version, RequestType.RESTRICTION);
        IdentityGate.require(request, IdentityGate.Step.RESTRICT);
        step.noteRecipients(requestId, request.subjectId());
        for (String context : holders.registerLast()) {
            step.restrict(requestId, request.subjectId(), context, true);
        }
        return outcomes(requestId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<OutcomeView> liftRestriction(long requestId, long version, LocalDate personToldOn) {
        RightsRequest request = records.open(requestId, version, RequestType.RESTRICTION);
        IdentityGate.require(request, IdentityGate.Step.LIFT_RESTRICTION);
        if (personToldOn.isBefore(request.receivedOn())) {
            throw new RequestRefused("The person must be told after the request, before the restriction is lifted.");
        }
        for (String context : holders.registerLast()) {
            step.restrict(requestId, request.subjectId(), context, false);
        }
        return outcomes(requestId);
    }

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<RecipientView> recipients(long requestId) {
        records.find(requestId);
        return em.createQuery("select n from RecipientNotice n where n.requestId = :id order by n.disclosedOn, n.id",
                RecipientNotice.class).setParameter("id", requestId).getResultStream()
                .map(n -> new RecipientView(n.id(), n.version(), n.recipient(), n.disclosed(), n.disclosedOn(),
                        n.toldOn())).toList();
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<RecipientView> recipientTold(long requestId, long noticeId, long version, LocalDate on) {
        RecipientNotice notice = em.find(RecipientNotice.class, noticeId);
        if (notice == null || notice.requestId() != requestId) {
            throw new AccessRefused("There is no such recipient.");
        }
        ConcurrentChange.check(notice.version(), version, "This recipient");
        notice.told(on);
        em.flush();
        return recipients(requestId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<PurposeStopView> object(long requestId, long version, Long purposeId, String compellingGrounds) {
        RightsRequest request = records.open(requestId, version, RequestType.OBJECTION);
        IdentityGate.require(request, IdentityGate.Step.OBJECT);
        Purpose purpose = purpose(purposeId);
        if (purpose.lawfulBasis() != LawfulBasis.LEGITIMATE_INTERESTS
                && purpose.lawfulBasis() != LawfulBasis.PUBLIC_TASK) {
            throw new RequestRefused(purpose.name() + " does not rest on legitimate interests or a public task: an "
                    + "objection does not stop it. For direct marketing, stop direct marketing.");
        }
        return stopped(request, purpose, PurposeStop.Reason.OBJECTION, Texts.blankToNull(compellingGrounds));
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<PurposeStopView> consentWithdrawn(long requestId, long version, Long purposeId) {
        RightsRequest request = records.open(requestId, version, RequestType.CONSENT_WITHDRAWAL);
        IdentityGate.require(request, IdentityGate.Step.WITHDRAW_CONSENT);
        Purpose purpose = purpose(purposeId);
        if (purpose.lawfulBasis() != LawfulBasis.CONSENT) {
            throw new RequestRefused(purpose.name() + " does not rest on consent: there is no consent to"
                    + " withdraw.");
        }
        requirePerson(request);
        consents.withdrawnThroughRequest(request.subjectId(), purpose.id(), new WithdrawalForm(
                WithdrawalChannel.methodOf(request.channel()), request.receivedOn()), request.id());
        return stops.of(request.subjectId());
    }

    private Purpose purpose(Long purposeId) {
        Purpose purpose = em.find(Purpose.class, purposeId);
        if (purpose == null) {
            throw new RequestRefused("There is no such purpose: choose one of the list.");
        }
        return purpose;
    }

    private List<PurposeStopView> stopped(RightsRequest request, Purpose purpose, PurposeStop.Reason reason,
            String compellingGrounds) {
        requirePerson(request);
        em.persist(new PurposeStop(request.subjectId(), purpose.id(), request.id(), reason, calendar.today(),
                compellingGrounds, caller.getName(), calendar.now()));
        em.flush();
        return stops.of(request.subjectId());
    }

    private void requirePerson(RightsRequest request) {
        if (em.find(DataSubject.class, request.subjectId()) == null) {
            throw new RequestRefused("The person is no longer in the register.");
        }
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public RequestView stopDirectMarketing(long requestId, long version) {
        RightsRequest request = records.open(requestId, version, RequestType.OBJECTION);
        IdentityGate.require(request, IdentityGate.Step.STOP_MARKETING);
        DataSubject subject = em.find(DataSubject.class, request.subjectId());
        if (subject == null) {
            throw new RequestRefused("The person is no longer in the register.");
        }
        subject.setDoNotContact(true, "Objected to direct marketing (rights request " + requestId + ")",
                calendar.today());
        em.flush();
        return records.view(request);
    }

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<OutcomeView> outcomes(long requestId) {
        records.find(requestId);
        return records.outcomes(requestId);
    }
}

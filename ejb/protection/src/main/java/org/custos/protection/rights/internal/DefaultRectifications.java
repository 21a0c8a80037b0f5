package org.custos.protection.rights.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.protection.RequestCorrection;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.CorrectionState;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.Role;
import org.custos.protection.rights.api.CorrectableFieldView;
import org.custos.protection.rights.api.CorrectionForm;
import org.custos.protection.rights.api.CorrectionView;
import org.custos.protection.rights.api.OutcomeView;
import org.custos.protection.rights.api.Rectifications;
import org.custos.domain.shared.Texts;
import org.custos.protection.spi.CorrectableField;
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
public class DefaultRectifications implements Rectifications {

    private static final String RECORD = "RightsRequest";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    HolderRegistry holders;

    @Inject
    ActionStep step;

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<CorrectableFieldView> correctable(long requestId) {
        long subjectId = rectification(requestId).subjectId();
        return holders.sorted().stream().flatMap(holder -> holder.correctable(subjectId).stream())
                .map(field -> new CorrectableFieldView(field.context(), field.recordType(), field.recordId(),
                        field.record(), field.field(), field.value(), field.statement())).toList();
    }

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<CorrectionView> corrections(long requestId) {
        rectification(requestId);
        return em.createQuery("select c from RequestCorrection c where c.requestId = :id order by c.id",
                RequestCorrection.class).setParameter("id", requestId).getResultStream()
                .map(c -> new CorrectionView(c.id(), c.version(), c.context(), c.recordLabel(), c.field(), c.value(),
                        c.statement(), c.state(), c.reason(), c.settledAt())).toList();
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<CorrectionView> add(long requestId, CorrectionForm form) {
        RightsRequest request = records.stillOpen(rectification(requestId));
        CorrectableField field = holders.of(form.context()).correctable(request.subjectId()).stream()
                .filter(listed -> listed.names(form.recordType(), form.recordId(), form.field())).findFirst()
                .orElseThrow(() -> new RequestRefused("That field cannot be corrected: choose one of the list."));
        String value = Texts.blankToNull(form.value());
        if (field.statement() && value == null) {
            throw new RequestRefused(field.field() + " is an opinion: enter the person's statement to add to it.");
        }
        em.persist(new RequestCorrection(requestId, field.context(), field.recordType(), field.recordId(),
                field.record(), field.field(), field.statement(), value));
        em.flush();
        return corrections(requestId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<CorrectionView> remove(long requestId, long correctionId, long version) {
        records.stillOpen(rectification(requestId));
        RequestCorrection correction = em.find(RequestCorrection.class, correctionId);
        if (correction == null || correction.requestId() != requestId) {
            throw new AccessRefused("There is no such correction.");
        }
        ConcurrentChange.check(correction.version(), version, "This correction");
        if (correction.state() != CorrectionState.PENDING) {
            throw new RequestRefused("This correction was already dealt with: it stays with the request.");
        }
        em.remove(correction);
        em.flush();
        return corrections(requestId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<OutcomeView> rectify(long requestId, long version) {
        RightsRequest request = records.open(requestId, version, RequestType.RECTIFICATION);
        IdentityGate.require(request, IdentityGate.Step.RECTIFY);
        boolean pending = em.createQuery("select count(c) from RequestCorrection c where c.requestId = :id"
                + " and c.state = :pending", Long.class).setParameter("id", requestId)
                .setParameter("pending", CorrectionState.PENDING).getSingleResult() > 0;
        if (!pending) {
            throw new RequestRefused("There is no correction to make: add the corrections the person asked for.");
        }
        step.noteRecipients(requestId, request.subjectId());
        for (String context : holders.registerLast()) {
            step.rectify(requestId, request.subjectId(), context);
        }
        return records.outcomes(requestId);
    }

    private RightsRequest rectification(long requestId) {
        return records.ofType(records.find(requestId), RequestType.RECTIFICATION);
    }
}

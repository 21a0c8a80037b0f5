package org.custos.protection.rights.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.protection.ResponsePack;
import org.custos.domain.protection.ReviewItem;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.CompileState;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.ReviewDecision;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.rights.api.CompileProgress;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.ResponseCompilation;
import org.custos.protection.rights.api.ReviewForm;
import org.custos.protection.rights.api.ReviewItemView;
import org.custos.protection.rights.api.ItemField;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultResponseCompilation implements ResponseCompilation {

    private static final String RECORD = "RightsRequest";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    CompileStep step;

    @Inject
    ResponseCompiler compiler;

    @Inject
    OtherPeople otherPeople;

    @Inject
    PackAssembler assembler;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Principal caller;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public RequestView compile(long requestId, long version) {
        RightsRequest request = records.find(requestId);
        if (request.type() != RequestType.ACCESS && request.type() != RequestType.PORTABILITY) {
            throw new RequestRefused("A copy of the data is compiled for access and portability requests.");
        }
        IdentityGate.require(request, IdentityGate.Step.COMPILE);
        step.start(requestId, version);
        compiler.compile(requestId);
        return records.view(records.find(requestId));
    }

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public CompileProgress progress(long requestId) {
        return em.createQuery("select new org.custos.protection.rights.api.CompileProgress(r.id, r.subjectId,"
                + " r.compileState, r.compiledContexts, r.totalContexts) from RightsRequest r where r.id = :id",
                CompileProgress.class).setParameter("id", requestId).getResultStream().findFirst()
                .orElseThrow(() -> new AccessRefused("There is no such request."));
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public RequestView narrowScope(long requestId, long version, String agreedScope) {
        RightsRequest request = records.open(requestId, version);
        request.narrowScope(agreedScope.trim());
        em.flush();
        return records.view(request);
    }

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<ReviewItemView> items(long requestId) {
        RightsRequest request = records.find(requestId);
        List<ReviewItem> items = em.createQuery("select i from ReviewItem i where i.requestId = :id"
                + " order by i.context, i.id", ReviewItem.class).setParameter("id", requestId).getResultList();
        List<String> names = otherPeople.namedBesides(request.subjectId(),
                items.stream().map(item -> ItemFields.fields(item.content())).toList());
        return items.stream().map(item -> view(item, names)).toList();
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ReviewItemView decide(long requestId, long itemId, long version, ReviewForm form) {
        RightsRequest request = records.find(requestId);
        if (!request.open()) {
            throw new RequestRefused("This request is closed.");
        }
        ReviewItem item = em.find(ReviewItem.class, itemId);
        if (item == null || item.requestId() != requestId) {
            throw new AccessRefused("There is no such item.");
        }
        ConcurrentChange.check(item.version(), version, "This item");
        List<ItemField> fields = ItemFields.fields(item.content());
        String redacted = null;
        if (form.decision() == ReviewDecision.REDACT) {
            if (form.redactedValues().size() != fields.size()) {
                throw new RequestRefused("Give the redacted text of every field of the item.");
            }
            List<ItemField> kept = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                kept.add(new ItemField(fields.get(i).label(), form.redactedValues().get(i)));
            }
            redacted = ItemFields.json(kept);
        }
        item.decide(form.decision(), redacted, form.ground(), caller.getName(), calendar.now());
        em.flush();
        return view(item, otherPeople.namedBesides(request.subjectId(), List.of(fields)));
    }

    @Override
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public RequestView producePack(long requestId, long version) {
        RightsRequest request = records.open(requestId, version);
        IdentityGate.require(request, IdentityGate.Step.PRODUCE_PACK);
        if (request.compileState() != CompileState.DONE) {
            throw new RequestRefused("Compile the response first, and let it finish.");
        }
        List<ReviewItem> items = em.createQuery("select i from ReviewItem i where i.requestId = :id"
                + " order by i.context, i.id", ReviewItem.class).setParameter("id", requestId).getResultList();
        long undecided = items.stream().filter(item -> item.decision() == null).count();
        if (undecided > 0) {
            throw new RequestRefused(undecided + " item(s) still wait for a decision.");
        }
        PackAssembler.Pack pack = assembler.assemble(request, records.view(request), items);
        ResponsePack kept = em.find(ResponsePack.class, requestId);
        if (kept == null) {
            kept = new ResponsePack(requestId);
            em.persist(kept);
        }
        kept.produce(ResponsePack.Kind.RESPONSE, pack.json(), pack.pdf(), pack.docx(), pack.templateId(),
                calendar.today(), caller.getName());
        em.flush();
        return records.view(request);
    }

    private static ReviewItemView view(ReviewItem item, List<String> names) {
        List<ItemField> fields = ItemFields.fields(item.content());
        List<String> named = OtherPeople.namedIn(fields, names);
        return new ReviewItemView(item.id(), item.version(), item.context(), item.recordType(), item.recordId(),
                fields, item.decision(), ItemFields.fields(item.redactedContent()), item.exemptionGround(),
                item.decidedBy(), OtherPeople.concerned(fields, named), OtherPeople.withoutNames(fields, named));
    }
}

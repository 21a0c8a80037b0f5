package org.custos.protection.rights.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.domain.protection.RequestPause;
import org.custos.domain.protection.ResponsePack;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.ClientScope;
import org.custos.domain.shared.ClockStop;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.LetterKind;
import org.custos.domain.shared.RefusalGround;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.RegisteredPeople;
import org.custos.protection.rights.api.PackFile;
import org.custos.protection.rights.api.ReceivedRequest;
import org.custos.protection.rights.api.RequestForm;
import org.custos.protection.rights.api.RequestQuery;
import org.custos.protection.rights.api.RequestReceipt;
import org.custos.protection.rights.api.RequestSummary;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.rights.internal.response.RefusalLetter;
import org.custos.domain.shared.Texts;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultRightsRequests implements RightsRequests {

    private static final String RECORD = "RightsRequest";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    RequestSearch search;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    RegisteredPeople subjects;

    @EJB
    PeopleRegister register;

    @Inject
    Principal caller;

    @Inject
    Letters letters;

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public RequestView log(RequestForm form) {
        long subjectId = form.person().idIn(register);
        subjects.byId(subjectId);
        return records.view(logged(new RightsRequest(subjectId, form.type(), form.channel(),
                Texts.blankToNull(form.representative()), form.asked().trim(), form.receivedOn(), caller.getName(),
                calendar.now())));
    }

    @Override
    @RolesAllowed(ClientScope.Names.INTAKE)
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public RequestReceipt receive(ReceivedRequest form) {
        long subjectId = register.registerConfirmed(form.person().subjectForm(form.category())).id();
        LocalDateTime now = calendar.now();
        RightsRequest request = logged(new RightsRequest(subjectId, form.type(), RequestChannel.WEB_FORM, null,
                form.asked().trim(), now.toLocalDate(), caller.getName(), now));
        return new RequestReceipt(request.id(), records.view(request).clock().due(), subjectId);
    }

    private RightsRequest logged(RightsRequest request) {
        em.persist(request);
        em.flush();
        return request;
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(record = RECORD)
    public RequestView request(long requestId) {
        return records.view(records.find(requestId));
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public List<RequestSummary> open() {
        return search.open();
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<RequestSummary> search(RequestQuery query) {
        return search.page(query);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public Page<RequestSummary> export(RequestQuery query) {
        return search.page(query);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<RequestSummary> about(long subjectId) {
        return em.createQuery("select r from RightsRequest r where r.subjectId = :subject"
                + " order by r.receivedOn desc, r.id desc", RightsRequest.class).setParameter("subject", subjectId)
                .getResultStream().map(records::summary).toList();
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public RequestView identity(long requestId, long version, IdentityCheck check, LocalDate on) {
        RightsRequest request = records.open(requestId, version);
        transitions(request).identity(check, on)
                .ifPresent(reason -> em.persist(new RequestPause(requestId, reason, on)));
        return saved(request);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public RequestView identityCheckNotNeeded(long requestId, long version, String reason) {
        RightsRequest request = records.open(requestId, version);
        transitions(request).noCheckNeeded(reason.trim(), calendar.today(), caller.getName());
        return saved(request);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public RequestView stopClock(long requestId, long version, ClockStop reason, LocalDate on) {
        RightsRequest request = records.open(requestId, version);
        transitions(request).stop(reason, on);
        em.persist(new RequestPause(requestId, reason, on));
        return saved(request);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public RequestView restartClock(long requestId, long version, LocalDate on) {
        RightsRequest request = records.open(requestId, version);
        transitions(request).restart(on);
        return saved(request);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public RequestView extend(long requestId, long version, String reason) {
        RightsRequest request = records.open(requestId, version);
        records.clock().extensionRefusal(records.deadlines(request), request.extensionReason() != null,
                calendar.today()).ifPresent(refusal -> {
                    throw new RequestRefused(refusal);
                });
        request.extend(reason.trim(), calendar.today());
        return saved(request);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public RequestView extensionNoticeSent(long requestId, long version, LocalDate on) {
        RightsRequest request = records.open(requestId, version);
        transitions(request).requireExtended();
        records.clock().noticeRefusal(records.deadlines(request), request.receivedOn(), on).ifPresent(refusal -> {
            throw new RequestRefused(refusal);
        });
        request.extensionNoticeSent(on);
        return saved(request);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public RequestView refuse(long requestId, long version, RefusalGround ground, String reasons) {
        RightsRequest request = records.open(requestId, version);
        LocalDate today = calendar.today();
        request.refuse(ground, reasons.trim(), today);
        em.flush();
        RequestView refused = records.view(request);
        Letters.Written letter = letters.write(LetterKind.REFUSAL, refused, refused.subjectName(),
                values -> values.refusal(refused), RefusalLetter::rights);
        ResponsePack kept = new ResponsePack(requestId);
        kept.produce(ResponsePack.Kind.REFUSAL, null, letter.pdf(), letter.docx(), letter.templateId(), today,
                caller.getName());
        em.persist(kept);
        return saved(request);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public RequestView fee(long requestId, long version, Integer pence, String reason) {
        RightsRequest request = records.open(requestId, version);
        request.fee(pence, reason.trim());
        return saved(request);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public RequestView responded(long requestId, long version, LocalDate on) {
        RightsRequest request = records.open(requestId, version);
        transitions(request).responded(on);
        return saved(request);
    }

    @Override
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public PackFile packFile(long requestId, PackFile.Format format) {
        RightsRequest request = records.find(requestId);
        ResponsePack pack = em.find(ResponsePack.class, requestId);
        byte[] content = pack == null ? null : switch (format) {
            case PDF -> pack.pdf();
            case DOCX -> pack.docx();
            case JSON -> pack.json() == null ? null : pack.json().getBytes(StandardCharsets.UTF_8);
        };
        if (content == null) {
            throw new AccessRefused("No such file is kept with this request.");
        }
        String name = (pack.kind() == ResponsePack.Kind.REFUSAL ? "refusal-" : "response-") + requestId;
        return format.file(requestId, request.subjectId(), name, content);
    }

    private RequestTransitions transitions(RightsRequest request) {
        return new RequestTransitions(request, records.stops(request.id()));
    }

    private RequestView saved(RightsRequest request) {
        em.flush();
        return records.view(request);
    }
}

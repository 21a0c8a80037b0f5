package org.custos.protection.notices.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.protection.NoticeSend;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.notices.api.NoticeGivenForm;
import org.custos.protection.notices.api.NoticeSendForm;
import org.custos.protection.notices.api.NoticeSendView;
import org.custos.protection.notices.api.NoticeVersionSummary;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.notices.api.NoticeGivenView;
import org.custos.protection.notices.api.NoticeGroupForm;
import org.custos.protection.notices.api.NoticeOwed;
import org.custos.protection.notices.api.NoticeOwedForm;
import org.custos.protection.notices.api.NoticesGiven;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

/** The facade of the notices given and owed (N2): HR and the DPM record and read them, each call audited. */
@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultNoticesGiven implements NoticesGiven {

    static final String RECORD = "NoticeGiven";

    static final String SEND = "NoticeSend";

    @Inject
    DefaultNoticeLedger ledger;

    @Inject
    Notices notices;

    @Inject
    NoticeSendSteps steps;

    @Inject
    NoticeSender sender;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Principal caller;

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public NoticeGivenView give(NoticeGivenForm form) {
        return ledger.given(form.subjectId(), form.noticeVersionId(), form.givenOn(), form.method());
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public NoticeGivenView owe(NoticeOwedForm form) {
        return ledger.owed(form.subjectId(), form.audience(), form.obtainedOn(), form.source(), null, null);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public NoticeGivenView firstContact(long noticeGivenId, long version, LocalDate on) {
        return ledger.firstContact(noticeGivenId, version, on);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public List<NoticeGivenView> giveToGroup(NoticeGroupForm form) {
        return ledger.givenToGroup(form.subjectIds(), form.noticeVersionId(), form.givenOn(), form.method());
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<NoticeGivenView> history(long subjectId) {
        return ledger.of(subjectId);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<NoticeOwed> owedBy(LocalDate dueBy, int first, int pageSize) {
        return ledger.owedBy(dueBy, first, pageSize);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited(value = AuditAction.CREATE, record = SEND)
    public NoticeSendView sendNewVersion(NoticeSendForm form) {
        NoticeVersionSummary to = notices.requireIssued(form.toVersionId());
        NoticeVersionSummary from = notices.version(form.fromVersionId());
        NoticeGivenRules.sendRefusal(from, to, form.givenOn(), calendar.today()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        long sendId = steps.start(new NoticeSend(from.id(), to.id(), form.method(), form.givenOn(),
                steps.peopleLeft(from.id(), to.id()), caller.getName(), calendar.now()));
        sender.send(sendId);
        return steps.view(sendId);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @AuditExempt("reads no personal data: how many people a notice was sent to")
    public NoticeSendView sending(long sendId) {
        return steps.view(sendId);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited(value = AuditAction.UPDATE, record = SEND)
    public NoticeSendView resume(long sendId) {
        NoticeSendView send = steps.view(sendId);
        if (!send.finished()) {
            sender.send(sendId);
        }
        return send;
    }
}

package org.custos.protection.notices.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.protection.notices.api.NoticeGivenForm;
import org.custos.protection.notices.api.NoticeGivenView;
import org.custos.protection.notices.api.NoticeGroupForm;
import org.custos.protection.notices.api.NoticeOwed;
import org.custos.protection.notices.api.NoticeOwedForm;
import org.custos.protection.notices.api.NoticesGiven;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

/** The facade of the notices given and owed (N2): HR and the DPM record and read them, each call audited. */
@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultNoticesGiven implements NoticesGiven {

    static final String RECORD = "NoticeGiven";

    @Inject
    DefaultNoticeLedger ledger;

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
}

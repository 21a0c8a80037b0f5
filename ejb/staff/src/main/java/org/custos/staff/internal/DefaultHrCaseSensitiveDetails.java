package org.custos.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.staff.HrCase;
import org.custos.domain.staff.HrCaseSensitiveRecord;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.security.api.SensitiveRecordView;
import org.custos.security.api.ValidatedArguments;
import org.custos.staff.api.HrCaseSensitiveDetails;
import org.custos.staff.api.HrCaseSensitiveForm;
import org.custos.staff.api.HrCaseSensitiveView;
import org.custos.staff.api.HrCaseView;

/**
 * An HR case's health or criminal-records details: need to know first ({@link HrCaseRecords}, X1), then the security
 * context's approval gate ({@link SensitiveData}), which refuses and audits without the DPM's approval and encrypts
 * what it keeps. Kept by staff as the absences' health details are: they go with the case's other details
 * ({@link HrCaseSummaries}), not with the person's erasure in the security context.
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultHrCaseSensitiveDetails implements HrCaseSensitiveDetails {

    private static final String RECORD = "HrCaseSensitiveRecord";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffRecords records;

    @Inject
    HrCaseRecords cases;

    @Inject
    HrCaseViews views;

    @Inject
    OwnRecords own;

    @Inject
    ComplianceCalendar calendar;

    @EJB
    SensitiveData sensitiveData;

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.UPDATE, record = "HrCase")
    public HrCaseView record(long caseId, long version, HrCaseSensitiveForm form) {
        HrCase hrCase = cases.changeable(caseId, version, CaseCaller.of(session, own));
        CaseSensitiveRules.refusal(hrCase.kind(), form.kind(), form.document()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        SensitiveRecordView recorded = sensitiveData.record(subjectOf(hrCase), new SensitiveRecordForm(
                StaffDataHolder.CONTEXT, Set.of(), form.kind().category(), form.purposeId(), form.text().trim(),
                form.document(), true));
        em.persist(new HrCaseSensitiveRecord(hrCase.id(), form.kind(), recorded.id(), calendar.now()));
        em.lock(hrCase, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return views.view(hrCase);
    }

    @Override
    @Audited(record = RECORD)
    public List<HrCaseSensitiveView> details(long caseId) {
        HrCase hrCase = cases.seen(caseId, CaseCaller.of(session, own));
        Optional<SpecialCategory> category = hrCase.kind().sensitiveCategory();
        if (category.isEmpty()) {
            return List.of();
        }
        long subjectId = subjectOf(hrCase);
        Map<Long, SensitiveRecordView> readable = sensitiveData.read(subjectId, category.get(), Set.of()).records()
                .stream().collect(Collectors.toMap(SensitiveRecordView::id, Function.identity()));
        return views.details(HrCaseSensitiveRecord.class, hrCase).stream()
                .filter(link -> readable.containsKey(link.sensitiveRecordId())).map(link -> {
                    SensitiveRecordView record = readable.get(link.sensitiveRecordId());
                    return new HrCaseSensitiveView(link.id(), hrCase.id(), subjectId, link.kind(), record.content(),
                            record.document(), record.recordedBy(), record.recordedAt());
                }).toList();
    }

    @Override
    @Audited(record = RECORD)
    public DocumentDownload document(long caseId, long detailId) {
        HrCase hrCase = cases.seen(caseId, CaseCaller.of(session, own));
        HrCaseSensitiveRecord link = em.find(HrCaseSensitiveRecord.class, detailId);
        if (link == null || link.caseId() != hrCase.id()) {
            throw new AccessRefused("There is no such document.");
        }
        return sensitiveData.document(subjectOf(hrCase), link.sensitiveRecordId(), Set.of());
    }

    private long subjectOf(HrCase hrCase) {
        return records.file(hrCase.staffFileId()).subjectId();
    }
}

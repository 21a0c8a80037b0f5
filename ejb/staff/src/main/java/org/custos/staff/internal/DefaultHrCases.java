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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.document.RefusedDocument;
import org.custos.domain.document.StoredDocument;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Texts;
import org.custos.domain.staff.HrCase;
import org.custos.domain.staff.HrCaseDocument;
import org.custos.domain.staff.HrCaseMeeting;
import org.custos.domain.staff.HrCaseNote;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AccountDirectory;
import org.custos.security.api.AccountName;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;
import org.custos.staff.api.HrCaseForm;
import org.custos.staff.api.HrCaseMeetingForm;
import org.custos.staff.api.HrCaseNoteForm;
import org.custos.staff.api.HrCaseOutcomeForm;
import org.custos.staff.api.HrCaseSummary;
import org.custos.staff.api.HrCaseView;
import org.custos.staff.api.HrCases;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultHrCases implements HrCases {

    private static final String RECORD = "HrCase";

    /** How many accounts a search for the person a case is about offers. */
    private static final int ABOUT_CHOICES = 10;

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
    HrCaseSummaries summaries;

    @Inject
    ExpiredWarnings expiredWarnings;

    @Inject
    ComplianceCalendar calendar;

    @EJB
    AccountDirectory accounts;

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public HrCaseView open(HrCaseForm form) {
        StaffFile file = records.file(form.staffFileId());
        records.unrestricted(file.subjectId());
        String about = Texts.blankToNull(form.aboutAccount());
        boolean aboutActive = about != null && accounts.enabled(about, Role.seeingRecords()).isPresent();
        CaseAccess.namingRefusal(callerName(), form.handlers(), about, aboutActive, hrUsernames(),
                cases.fileAccount(file)).ifPresent(reason -> {
                    throw new RequestRefused(reason);
                });
        HrCase hrCase = new HrCase(file.id(), form.kind(), form.openedOn(), form.summary().trim(), about,
                form.handlers(), callerName(), calendar.now());
        em.persist(hrCase);
        em.flush();
        return views.view(hrCase);
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = "StaffFile")
    public List<HrCaseSummary> onFile(long staffFileId) {
        long subjectId = records.file(staffFileId).subjectId();
        CaseCaller caller = caller();
        return em.createQuery("select c from HrCase c where c.staffFileId = :file order by c.openedOn desc, c.id desc",
                HrCase.class).setParameter("file", staffFileId).setHint(HrCaseSummaries.HANDLERS_BATCH, "c.handlers")
                .setHint(HrCaseSummaries.BATCH_TYPE, "IN").getResultStream().filter(c -> caller.sees(c, subjectId))
                .map(views::summary).toList();
    }

    @Override
    @Audited(record = RECORD)
    public HrCaseView hrCase(long caseId) {
        return views.view(cases.seen(caseId, caller()));
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public HrCaseView changeHandlers(long caseId, long version, Set<String> handlers) {
        HrCase hrCase = cases.changeable(caseId, version, caller());
        CaseAccess.handlersRefusal(handlers, hrCase.aboutAccount(), hrUsernames(),
                cases.fileAccount(records.file(hrCase.staffFileId()))).ifPresent(reason -> {
                    throw new RequestRefused(reason);
                });
        hrCase.handledBy(handlers);
        return changed(hrCase);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public HrCaseView addNote(long caseId, long version, HrCaseNoteForm form) {
        HrCase hrCase = cases.changeable(caseId, version, caller());
        em.persist(new HrCaseNote(hrCase.id(), form.kind(), form.note().trim(), callerName(), calendar.now()));
        return changed(hrCase);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public HrCaseView addMeeting(long caseId, long version, HrCaseMeetingForm form) {
        HrCase hrCase = cases.changeable(caseId, version, caller());
        em.persist(new HrCaseMeeting(hrCase.id(), form.heldOn(), form.attendees().trim(),
                Texts.blankToNull(form.notes()), callerName(), calendar.now()));
        return changed(hrCase);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public HrCaseView attach(long caseId, long version, DocumentUpload upload) {
        HrCase hrCase = cases.changeable(caseId, version, caller());
        DocumentFacts facts;
        try {
            facts = DocumentFacts.of(upload.fileName(), upload.content());
        } catch (RefusedDocument refused) {
            throw new RequestRefused(refused.getMessage());
        }
        em.persist(new HrCaseDocument(hrCase.id(), new StoredDocument(facts, callerName(), calendar.now()),
                upload.content()));
        return changed(hrCase);
    }

    @Override
    @Audited(record = RECORD)
    public DocumentDownload document(long caseId, long documentId) {
        CaseCaller caller = caller();
        HrCase hrCase = cases.seen(caseId, caller);
        HrCaseDocument document = em.find(HrCaseDocument.class, documentId);
        if (document == null || document.caseId() != caseId) {
            throw new AccessRefused("There is no such document.");
        }
        return new DocumentDownload(document.id(), records.file(hrCase.staffFileId()).subjectId(),
                document.stored().downloadName(), document.stored().mediaType(), document.content(),
                caller.oversees(hrCase));
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public HrCaseView decide(long caseId, long version, HrCaseOutcomeForm form) {
        HrCase hrCase = cases.changeable(caseId, version, caller());
        CaseChanges.outcomeRefusal(hrCase.kind(), hrCase.openedOn(), form).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        LocalDate expiresOn = form.warningLevel() == null ? null : WarningExpiry.expiresOn(form.decidedOn(),
                form.warningExpiresOn(), calendar.retentionPeriod(StaffRetention.warning(form.warningLevel())));
        hrCase.decide(form.outcome().trim(), form.decidedOn(), form.warningLevel(), expiresOn);
        return changed(hrCase);
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<HrCaseSummary> expiredWarnings(int first, int pageSize) {
        return expiredWarnings.page(callerName(), calendar.today(), first, pageSize);
    }

    @Override
    @Audited(value = AuditAction.ERASE, record = RECORD)
    public HrCaseView reduceToSummary(long caseId, long version) {
        HrCase hrCase = cases.changeable(caseId, version, caller());
        LocalDate today = calendar.today();
        WarningExpiry.summaryRefusal(hrCase.warningExpiresOn(), today).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        summaries.reduce(hrCase, today);
        return views.view(hrCase);
    }

    @Override
    @AuditExempt("the account directory it asks writes the entry: a search of the accounts")
    public List<AccountName> handlerChoices() {
        return accounts.holdingAny(Set.of(Role.HR));
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @AuditExempt("the account directory it asks writes the entry: a search of the accounts")
    public List<AccountName> aboutChoices(String text) {
        return accounts.matching(text, Role.seeingRecords(), ABOUT_CHOICES);
    }

    /** A detail added or the outcome recorded: the case's version goes up, so a stale page's change is refused. */
    private HrCaseView changed(HrCase hrCase) {
        em.lock(hrCase, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return views.view(hrCase);
    }

    private Set<String> hrUsernames() {
        return accounts.holdingAny(Set.of(Role.HR)).stream().map(AccountName::username).collect(Collectors.toSet());
    }

    private CaseCaller caller() {
        return CaseCaller.of(session, own);
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }
}

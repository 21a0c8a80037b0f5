package org.custos.complaints.internal;

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
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.custos.complaints.api.AnonymityLossForm;
import org.custos.complaints.api.ComplaintDocumentView;
import org.custos.complaints.api.ComplaintForm;
import org.custos.complaints.api.ComplaintCounts;
import org.custos.complaints.api.ComplaintHandlers;
import org.custos.complaints.api.ComplaintLetter;
import org.custos.complaints.api.ComplaintQuery;
import org.custos.complaints.api.ComplaintView;
import org.custos.complaints.api.Complaints;
import org.custos.complaints.api.LoggedComplaint;
import org.custos.complaints.api.NoteForm;
import org.custos.complaints.api.OpenComplaint;
import org.custos.complaints.api.OutcomeForm;
import org.custos.complaints.api.ReceivedComplaint;
import org.custos.domain.complaints.Complaint;
import org.custos.domain.complaints.ComplaintDocument;
import org.custos.domain.complaints.InvestigationNote;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.document.RefusedDocument;
import org.custos.domain.shared.ClientScope;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.LetterKind;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.shared.Texts;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.letters.api.LetterFile;
import org.custos.protection.letters.api.LetterWriter;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.security.api.AccessGrants;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AccountDirectory;
import org.custos.security.api.AccountName;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultComplaints implements Complaints {

    static final String RECORD = "Complaint";

    private static final Set<Role> HANDLER_ROLES = Set.of(Role.HR, Role.DPM);

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ComplaintRecords records;

    @Inject
    ComplaintViews views;

    @Inject
    OpenComplaintList list;

    @Inject
    ComplaintDocuments documents;

    @Inject
    ComplaintCounting counting;

    @Inject
    LetterWriter letters;

    @Inject
    ComplianceCalendar calendar;

    @EJB
    PeopleRegister register;

    @EJB
    AccessGrants grants;

    @EJB
    AccountDirectory accounts;

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public LoggedComplaint log(ComplaintForm form) {
        List<String> handlers = handlers(form.handlers());
        long complainant = form.complainant().idIn(register);
        records.unrestricted(complainant);
        List<Long> named = form.peopleNamed() == null ? List.of() : form.peopleNamed().stream().distinct().toList();
        named.forEach(records::unrestricted);
        Complaint complaint = new Complaint(complainant, form.receivedOn(), form.channel(), form.kind(), form.about(),
                Texts.blankToNull(form.aboutText()), form.text().trim(), form.anonymityRequested(),
                form.rightsRequestId(), form.breachId(), caller(), calendar.now());
        LoggedComplaint logged = logged(complaint, handlers);
        records.name(complaint.id(), named);
        register.addCategory(complainant, SubjectCategory.COMPLAINANT);
        named.forEach(subject -> register.addCategory(subject, SubjectCategory.NAMED_IN_COMPLAINT));
        em.flush();
        return logged;
    }

    @Override
    @RolesAllowed(ClientScope.Names.INTAKE)
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public LoggedComplaint receive(ReceivedComplaint form) {
        List<String> handlers = accounts.holdingAny(Set.of(Role.DPM)).stream().map(AccountName::username).toList();
        if (handlers.isEmpty()) {
            throw new RequestRefused("No one can handle the complaint yet: the organisation has no Data Protection"
                    + " Manager's account.");
        }
        long complainant = register.registerConfirmed(form.complainant().subjectForm(SubjectCategory.COMPLAINANT))
                .id();
        LocalDateTime now = calendar.now();
        return logged(new Complaint(complainant, now.toLocalDate(), ComplaintChannel.WEB_FORM, form.kind(),
                form.about(), Texts.blankToNull(form.aboutText()), form.text().trim(), form.anonymityRequested(),
                null, null, caller(), now), handlers);
    }

    private LoggedComplaint logged(Complaint complaint, List<String> handlers) {
        em.persist(complaint);
        em.flush();
        records.replaceHandlers(complaint.id(), handlers);
        return new LoggedComplaint(complaint.id(), complaint.complainantSubjectId(),
                AcknowledgementDeadline.due(complaint.receivedOn(), calendar.complaintAcknowledgementPeriod(),
                        calendar.workingDays()));
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<OpenComplaint> openComplaints(ComplaintQuery query) {
        return list.page(query, caller(), session.isCallerInRole(Role.Names.DPM));
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER, Role.Names.FINANCE, Role.Names.STAFF})
    @Audited(record = RECORD)
    public ComplaintView complaint(long complaintId) {
        Complaint complaint = records.complaint(complaintId);
        return views.view(complaint, opened(complaint));
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.BREAK_GLASS, record = RECORD)
    public ComplaintView breakGlass(long complaintId, String reason) {
        Complaint complaint = records.complaint(complaintId);
        grants.breakGlass(RECORD, Long.toString(complaintId), complaint.complainantSubjectId(), reason.trim());
        return views.view(complaint, true);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER, Role.Names.FINANCE, Role.Names.STAFF})
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ComplaintView addStep(long complaintId, NoteForm form) {
        Complaint complaint = records.complaint(complaintId);
        boolean emergency = opened(complaint);
        refuse(ComplaintChanges.stepRefusal(complaint, form.notedOn()));
        em.persist(new InvestigationNote(complaintId, form.notedOn(), form.text().trim(), caller(), calendar.now()));
        em.flush();
        return views.view(complaint, emergency);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER, Role.Names.FINANCE, Role.Names.STAFF})
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ComplaintView acknowledge(long complaintId, long version, LocalDate acknowledgedOn) {
        Complaint complaint = records.complaint(complaintId);
        boolean emergency = opened(complaint);
        ConcurrentChange.check(complaint.version(), version, "This complaint");
        refuse(ComplaintChanges.acknowledgementRefusal(complaint, acknowledgedOn));
        complaint.acknowledge(acknowledgedOn);
        em.flush();
        return views.view(complaint, emergency);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER, Role.Names.FINANCE, Role.Names.STAFF})
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ComplaintView close(long complaintId, long version, OutcomeForm form) {
        Complaint complaint = records.complaint(complaintId);
        boolean emergency = opened(complaint);
        ConcurrentChange.check(complaint.version(), version, "This complaint");
        refuse(ComplaintChanges.outcomeRefusal(complaint, form.outcomeOn()));
        complaint.close(form.outcome().trim(), form.outcomeOn(), calendar.today());
        em.flush();
        return views.view(complaint, emergency);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER, Role.Names.FINANCE, Role.Names.STAFF})
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ComplaintView anonymityCannotBeKept(long complaintId, long version, AnonymityLossForm form) {
        Complaint complaint = records.complaint(complaintId);
        boolean emergency = opened(complaint);
        ConcurrentChange.check(complaint.version(), version, "This complaint");
        refuse(ComplaintChanges.anonymityRefusal(complaint, form.complainantToldOn()));
        complaint.anonymityCannotBeKept(form.reason().trim(), form.complainantToldOn());
        em.flush();
        return views.view(complaint, emergency);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ComplaintHandlers changeHandlers(long complaintId, long version, Set<String> handlers) {
        Complaint complaint = records.complaint(complaintId);
        ConcurrentChange.check(complaint.version(), version, "This complaint");
        List<String> named = handlers(handlers);
        records.replaceHandlers(complaintId, named);
        em.lock(complaint, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return new ComplaintHandlers(complaintId, complaint.version(), records.handlersOf(complaintId));
    }

    @Override
    @AuditExempt("reads no personal data of the register: the user names of the HR and DPM accounts")
    public List<AccountName> possibleHandlers() {
        return accounts.holdingAny(HANDLER_ROLES);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER, Role.Names.FINANCE, Role.Names.STAFF})
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<ComplaintDocumentView> attach(long complaintId, DocumentUpload upload) {
        Complaint complaint = records.complaint(complaintId);
        opened(complaint);
        refuse(ComplaintChanges.documentRefusal(complaint));
        DocumentFacts facts;
        try {
            facts = DocumentFacts.of(upload.fileName(), upload.content());
        } catch (RefusedDocument refused) {
            throw new RequestRefused(refused.getMessage());
        }
        documents.store(complaintId, facts, upload.content(), caller(), calendar.now());
        return documents.views(complaint);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER, Role.Names.FINANCE, Role.Names.STAFF})
    @Audited(record = RECORD)
    public List<ComplaintDocumentView> documents(long complaintId) {
        Complaint complaint = records.complaint(complaintId);
        opened(complaint);
        return documents.views(complaint);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER, Role.Names.FINANCE, Role.Names.STAFF})
    @Audited(record = RECORD)
    public DocumentDownload document(long complaintId, long documentId) {
        Complaint complaint = records.complaint(complaintId);
        boolean emergency = opened(complaint);
        ComplaintDocument document = documents.one(complaintId, documentId);
        return new DocumentDownload(complaintId, complaint.complainantSubjectId() == null ? 0
                : complaint.complainantSubjectId(), document.downloadName(), document.mediaType(),
                documents.content(document), emergency);
    }

    /**
     * X1: lets the caller into the file, or refuses them (the refusal is audited): whether they came in through the
     * DPM's emergency access.
     */
    private boolean opened(Complaint complaint) {
        switch (ComplaintAccess.of(caller(), session.isCallerInRole(Role.Names.DPM),
                records.handlersOf(complaint.id()))) {
            case NAMED:
                return false;
            case EMERGENCY_ONLY:
                try {
                    grants.require(RECORD, Long.toString(complaint.id()), Set.of());
                } catch (AccessRefused refused) {
                    throw new AccessRefused("This complaint file is shown only to the handlers named on it. As the"
                            + " DPM you may open it through emergency access, with a reason.");
                }
                return true;
            default:
                throw new AccessRefused("This complaint file is shown only to the handlers named on it.");
        }
    }

    /** The accounts named, each an enabled HR or DPM account, sorted. */
    private List<String> handlers(Set<String> named) {
        Set<String> sorted = new TreeSet<>();
        for (String name : named) {
            String username = name.trim();
            accounts.enabled(username, HANDLER_ROLES).orElseThrow(() -> new RequestRefused(
                    "A handler must be an enabled HR or DPM account: " + username + " is not."));
            sorted.add(username);
        }
        return List.copyOf(sorted);
    }

    private static void refuse(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER, Role.Names.FINANCE, Role.Names.STAFF})
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public ComplaintLetter acknowledgementLetter(long complaintId) {
        Complaint complaint = records.complaint(complaintId);
        opened(complaint);
        refuse(ComplaintLetters.acknowledgementRefusal(complaint));
        String complainant = records.nameOf(complaint.complainantSubjectId());
        return letter(complaint, LetterKind.COMPLAINT_ACKNOWLEDGEMENT, complainant,
                ComplaintLetters.values(complainant, complaint), "complaint-acknowledgement-");
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER, Role.Names.FINANCE, Role.Names.STAFF})
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public ComplaintLetter outcomeLetter(long complaintId) {
        Complaint complaint = records.complaint(complaintId);
        opened(complaint);
        refuse(ComplaintLetters.outcomeRefusal(complaint));
        String complainant = records.nameOf(complaint.complainantSubjectId());
        return letter(complaint, LetterKind.COMPLAINT_OUTCOME, complainant,
                ComplaintLetters.outcomeValues(complainant, complaint), "complaint-outcome-");
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @AuditExempt("reads no personal data: counts of complaints per month, kind and outcome")
    public ComplaintCounts countsByMonth(int months) {
        return counting.counts(YearMonth.from(calendar.today()), months);
    }

    private ComplaintLetter letter(Complaint complaint, LetterKind kind, String complainant,
            Map<String, String> values, String name) {
        LetterFile file = letters.write(kind, complainant, values, name + complaint.id(), LetterFile.Format.PDF);
        return new ComplaintLetter(complaint.id(), complaint.complainantSubjectId(), file.fileName(),
                file.mediaType(), file.content(), file.madeFrom());
    }
}

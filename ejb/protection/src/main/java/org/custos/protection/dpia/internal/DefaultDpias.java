package org.custos.protection.dpia.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.document.RefusedDocument;
import org.custos.domain.document.StoredDocument;
import org.custos.domain.protection.Dpia;
import org.custos.domain.protection.DpiaDocument;
import org.custos.domain.protection.Purpose;
import org.custos.domain.shared.DpiaProgress;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.dpia.api.DpiaDocumentView;
import org.custos.protection.dpia.api.DpiaOutcome;
import org.custos.protection.dpia.api.DpiaStanding;
import org.custos.protection.dpia.api.DpiaView;
import org.custos.protection.dpia.api.DpiaWorkForm;
import org.custos.protection.dpia.api.Dpias;
import org.custos.protection.dpia.api.ScreeningForm;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultDpias implements Dpias {

    private static final String RECORD = "Dpia";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Principal caller;

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public DpiaView dpia(long purposeId) {
        Purpose purpose = purpose(purposeId);
        return view(purpose, find(purposeId));
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public DpiaView screen(long purposeId, ScreeningForm form) {
        Purpose purpose = purpose(purposeId);
        Dpia dpia = started(purpose, form.version());
        dpia.screen(form.yes(), form.requiredAnyway(), form.reason(), calendar.now(), caller.getName());
        em.flush();
        return view(purpose, dpia);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public DpiaView work(long purposeId, DpiaWorkForm form) {
        Purpose purpose = purpose(purposeId);
        Dpia dpia = started(purpose, form.version());
        dpia.work(form.progress(), form.measures(), calendar.now(), caller.getName());
        em.flush();
        return view(purpose, dpia);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public DpiaView attach(long purposeId, long version, DocumentUpload upload) {
        Purpose purpose = purpose(purposeId);
        Dpia dpia = started(purpose, version);
        DocumentFacts facts;
        try {
            facts = DocumentFacts.of(upload.fileName(), upload.content());
        } catch (RefusedDocument refused) {
            throw new RequestRefused(refused.getMessage());
        }
        LocalDateTime now = calendar.now();
        em.persist(new DpiaDocument(dpia.id(), new StoredDocument(facts, caller.getName(), now), upload.content()));
        if (dpia.progress() == DpiaProgress.SIGNED_OFF || dpia.progress() == DpiaProgress.NOT_STARTED) {
            dpia.work(DpiaProgress.IN_PROGRESS, dpia.measures(), now, caller.getName());
        } else {
            dpia.touched(now, caller.getName());
        }
        em.flush();
        return view(purpose, dpia);
    }

    @Override
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public DocumentDownload document(long purposeId, long documentId) {
        Dpia dpia = find(purposeId);
        DpiaDocument document = em.find(DpiaDocument.class, documentId);
        if (dpia == null || document == null || document.dpiaId() != dpia.id()) {
            throw new AccessRefused("There is no such document.");
        }
        return new DocumentDownload(purposeId, 0, document.stored().downloadName(), document.stored().mediaType(),
                document.content(), false);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public DpiaView signOff(long purposeId, long version, LocalDate reviewDate) {
        Purpose purpose = purpose(purposeId);
        Dpia dpia = find(purposeId);
        if (dpia != null) {
            ConcurrentChange.check(dpia.version(), version, "The DPIA of " + purpose.name());
        }
        DpiaSignOff.refusal(dpia, dpia != null && !documents(dpia).isEmpty()).ifPresent(refusal -> {
            throw new RequestRefused(refusal);
        });
        LocalDate today = calendar.today();
        LocalDate review = reviewDate != null ? reviewDate : calendar.dpiaReviewDate(today);
        if (!review.isAfter(today)) {
            throw new RequestRefused("The review date must be after today.");
        }
        dpia.signOff(review, calendar.now(), caller.getName());
        em.flush();
        return view(purpose, dpia);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public DpiaView reviewBy(long purposeId, long version, LocalDate reviewDate) {
        Purpose purpose = purpose(purposeId);
        Dpia dpia = find(purposeId);
        if (dpia == null || dpia.progress() != DpiaProgress.SIGNED_OFF) {
            throw new RequestRefused("Only a signed-off DPIA has a review date.");
        }
        ConcurrentChange.check(dpia.version(), version, "The DPIA of " + purpose.name());
        if (!reviewDate.isAfter(calendar.today())) {
            throw new RequestRefused("The review date must be after today.");
        }
        dpia.reviewBy(reviewDate, calendar.now(), caller.getName());
        em.flush();
        return view(purpose, dpia);
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public List<DpiaStanding> standings() {
        LocalDate today = calendar.today();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.name, d.indicators, d.screened_at,"
                + " d.required_by_dpm, d.dpm_reason, d.progress, d.review_date"
                + " from prot_purpose p left join prot_dpia d on d.purpose_id = p.id order by p.name, p.id")
                .getResultList();
        return rows.stream().map(row -> {
            boolean started = row[6] != null;
            DpiaOutcome outcome = DpiaScreening.outcome(row[3] != null, Dpia.indicators((String) row[2]),
                    started && Boolean.TRUE.equals(row[4]), (String) row[5]);
            DpiaProgress progress = started ? DpiaProgress.valueOf((String) row[6]) : DpiaProgress.NOT_STARTED;
            LocalDate review = date(row[7]);
            return new DpiaStanding(((Number) row[0]).longValue(), (String) row[1], outcome, progress, review,
                    DpiaFlags.flag(outcome, progress, review, today));
        }).toList();
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public List<DpiaStanding> flagged() {
        return standings().stream().filter(DpiaStanding::flagged).toList();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }

    private Purpose purpose(long purposeId) {
        Purpose purpose = em.find(Purpose.class, purposeId);
        if (purpose == null) {
            throw new AccessRefused("There is no such purpose.");
        }
        return purpose;
    }

    private Dpia find(long purposeId) {
        return em.createQuery("select d from Dpia d where d.purposeId = :purpose", Dpia.class)
                .setParameter("purpose", purposeId).getResultStream().findFirst().orElse(null);
    }

    /** The purpose's DPIA, started now if there is none; refused when changed since {@code version} was read. */
    private Dpia started(Purpose purpose, long version) {
        Dpia dpia = find(purpose.id());
        if (dpia == null) {
            ConcurrentChange.check(0, version, "The DPIA of " + purpose.name());
            dpia = new Dpia(purpose.id(), calendar.now(), caller.getName());
            em.persist(dpia);
            em.flush();
        } else {
            ConcurrentChange.check(dpia.version(), version, "The DPIA of " + purpose.name());
        }
        return dpia;
    }

    private List<DpiaDocumentView> documents(Dpia dpia) {
        return em.createQuery("select new org.custos.protection.dpia.api.DpiaDocumentView(d.id, d.stored.fileName,"
                + " d.stored.mediaType, d.stored.sizeBytes, d.stored.uploadedBy, d.stored.uploadedAt)"
                + " from DpiaDocument d where d.dpiaId = :dpia order by d.id desc", DpiaDocumentView.class)
                .setParameter("dpia", dpia.id()).getResultList();
    }

    private DpiaView view(Purpose purpose, Dpia dpia) {
        LocalDate today = calendar.today();
        if (dpia == null) {
            DpiaOutcome outcome = DpiaScreening.outcome(false, Set.of(), false, null);
            return new DpiaView(purpose.id(), purpose.name(), 0, Set.of(), null, null, false, null, outcome,
                    DpiaProgress.NOT_STARTED, null, null, null, null, List.of(),
                    DpiaFlags.flag(outcome, DpiaProgress.NOT_STARTED, null, today));
        }
        DpiaOutcome outcome = DpiaScreening.outcome(dpia.screenedAt() != null, dpia.indicators(),
                dpia.requiredByDpm(), dpia.dpmReason());
        return new DpiaView(purpose.id(), purpose.name(), dpia.version(), dpia.indicators(), dpia.screenedAt(),
                dpia.screenedBy(), dpia.requiredByDpm(), dpia.dpmReason(), outcome, dpia.progress(), dpia.measures(),
                dpia.signedOffBy(), dpia.signedOffAt(), dpia.reviewDate(), documents(dpia),
                DpiaFlags.flag(outcome, dpia.progress(), dpia.reviewDate(), today));
    }
}

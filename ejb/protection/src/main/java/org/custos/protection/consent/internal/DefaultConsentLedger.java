package org.custos.protection.consent.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.document.RefusedDocument;
import org.custos.domain.document.StoredDocument;
import org.custos.domain.protection.Consent;
import org.custos.domain.protection.ConsentDocument;
import org.custos.domain.protection.Purpose;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.consent.api.ConsentDays;
import org.custos.protection.consent.api.ConsentCount;
import org.custos.protection.consent.api.ConsentForm;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.consent.api.ConsentView;
import org.custos.protection.consent.api.WithdrawalForm;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.purposes.api.PurposeStops;
import org.custos.protection.register.api.RegisteredPeople;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.RequestRefused;

/** The ledger's reads and writes (L2), for the facade, the record contexts and the register's holder. */
@Dependent
class DefaultConsentLedger implements ConsentLedger {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Principal caller;

    @Inject
    RegisteredPeople people;

    @Inject
    PurposeStops stops;

    @Inject
    Notices notices;

    @Override
    public ConsentView record(ConsentForm form, String context, long recordId) {
        return recorded(form, context, recordId);
    }

    /** Check, load, apply the rules, save: a consent taken with a record of {@code context}, or with none. */
    ConsentView recorded(ConsentForm form, String context, Long recordId) {
        ConsentRules.refusal(form, calendar.today()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        people.byId(form.subjectId());
        purpose(form.purposeId());
        if (notices.version(form.noticeVersionId()).issuedAt() == null) {
            throw new RequestRefused("Choose a version of a privacy notice that was issued: a draft was never"
                    + " given to anyone.");
        }
        StoredDocument evidence = null;
        if (form.evidenceDocument() != null) {
            try {
                evidence = new StoredDocument(DocumentFacts.of(form.evidenceDocument().fileName(),
                        form.evidenceDocument().content()), caller.getName(), calendar.now());
            } catch (RefusedDocument refused) {
                throw new RequestRefused(refused.getMessage());
            }
        }
        Consent consent = new Consent(form.subjectId(), form.purposeId(), form.noticeVersionId(),
                form.wording().trim(), form.method(), form.givenOn(), blankToNull(form.evidenceNote()), context,
                recordId, caller.getName(), calendar.now());
        em.persist(consent);
        em.flush();
        if (evidence != null) {
            em.persist(new ConsentDocument(consent.id(), evidence, form.evidenceDocument().content()));
            em.flush();
        }
        return view(consent);
    }

    @Override
    public ConsentView withdraw(long consentId, long version, WithdrawalForm form) {
        Consent consent = byId(consentId);
        ConcurrentChange.check(consent.version(), version, "The consent");
        ConsentRules.withdrawalRefusal(consent.givenOn(), consent.withdrawnOn(), form.withdrawnOn(),
                calendar.today()).ifPresent(reason -> {
                    throw new RequestRefused(reason);
                });
        consent.withdraw(form.method(), form.withdrawnOn(), caller.getName(), calendar.now());
        stops.consentWithdrawn(consent.subjectId(), consent.purposeId(), form.withdrawnOn(), null);
        em.flush();
        return view(consent);
    }

    @Override
    public List<ConsentView> withdrawnThroughRequest(long subjectId, long purposeId, WithdrawalForm form,
            long requestId) {
        String purposeName = purpose(purposeId).name();
        List<Consent> inForce = em.createQuery("select c from Consent c where c.subjectId = :subject"
                + " and c.purposeId = :purpose and c.withdrawnOn is null and c.givenOn <= :on"
                + " order by c.givenOn, c.id", Consent.class).setParameter("subject", subjectId)
                .setParameter("purpose", purposeId).setParameter("on", form.withdrawnOn()).getResultList();
        for (Consent consent : inForce) {
            consent.withdrawThroughRequest(form.method(), form.withdrawnOn(), requestId, caller.getName(),
                    calendar.now());
        }
        stops.consentWithdrawn(subjectId, purposeId, form.withdrawnOn(), requestId);
        em.flush();
        Map<Long, String> documents = documents(inForce);
        return inForce.stream().map(consent -> view(consent, purposeName, documents.get(consent.id()))).toList();
    }

    @Override
    public Map<Long, ConsentCount> countsByPurpose() {
        Map<Long, ConsentCount> counts = new HashMap<>();
        for (Object found : em.createNativeQuery("select purpose_id, count(*), count(withdrawn_on) from prot_consent"
                + " group by purpose_id").getResultList()) {
            Object[] row = (Object[]) found;
            counts.put(((Number) row[0]).longValue(), new ConsentCount(((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue()));
        }
        return counts;
    }

    @Override
    public Map<Long, ConsentView> latestFor(String context, long purposeId, Collection<Long> recordIds) {
        Map<Long, ConsentView> latest = new HashMap<>();
        if (recordIds.isEmpty()) {
            return latest;
        }
        List<Consent> consents = em.createQuery("select c from Consent c where c.context = :context"
                + " and c.purposeId = :purpose and c.recordId in :records order by c.givenOn, c.id", Consent.class)
                .setParameter("context", context).setParameter("purpose", purposeId)
                .setParameter("records", Set.copyOf(recordIds)).getResultList();
        Map<Long, String> documents = documents(consents);
        String purposeName = consents.isEmpty() ? null : purpose(purposeId).name();
        consents.forEach(consent -> latest.put(consent.recordId(), view(consent, purposeName,
                documents.get(consent.id()))));
        return latest;
    }

    @Override
    public Map<Long, ConsentDays> daysFor(String context, long purposeId) {
        Map<Long, ConsentDays> days = new HashMap<>();
        em.createQuery("select c.recordId, c.givenOn, c.withdrawnOn from Consent c where c.context = :context"
                + " and c.purposeId = :purpose and c.recordId is not null order by c.givenOn, c.id", Object[].class)
                .setParameter("context", context).setParameter("purpose", purposeId).getResultStream()
                .forEach(row -> days.put((Long) row[0], new ConsentDays((Long) row[0], (LocalDate) row[1],
                        (LocalDate) row[2])));
        return days;
    }

    @Override
    public List<ConsentView> of(long subjectId) {
        List<Consent> consents = em.createQuery("select c from Consent c where c.subjectId = :subject"
                + " order by c.givenOn desc, c.id desc", Consent.class).setParameter("subject", subjectId)
                .getResultList();
        Map<Long, String> documents = documents(consents);
        Map<Long, String> purposes = new HashMap<>();
        return consents.stream().map(consent -> view(consent, purposes.computeIfAbsent(consent.purposeId(),
                id -> purpose(id).name()), documents.get(consent.id()))).toList();
    }

    @Override
    public int eraseFor(String context, Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return 0;
        }
        List<Consent> consents = em.createQuery("select c from Consent c where c.context = :context"
                + " and c.recordId in :records", Consent.class).setParameter("context", context)
                .setParameter("records", new HashSet<>(recordIds)).getResultList();
        for (Consent consent : consents) {
            ConsentDocument document = em.find(ConsentDocument.class, consent.id());
            if (document != null) {
                em.remove(document);
            }
            em.remove(consent);
        }
        em.flush();
        return consents.size();
    }

    /** The evidence document of the consent, to download (L2). */
    DocumentDownload evidence(long consentId) {
        Consent consent = byId(consentId);
        ConsentDocument document = em.find(ConsentDocument.class, consentId);
        if (document == null) {
            throw new RequestRefused("This consent has no evidence document.");
        }
        return new DocumentDownload(consent.id(), consent.subjectId(), document.stored().downloadName(),
                document.stored().mediaType(), document.content(), false);
    }

    Consent byId(long consentId) {
        Consent consent = em.find(Consent.class, consentId);
        if (consent == null) {
            throw new AccessRefused("There is no such consent.");
        }
        return consent;
    }

    ConsentView view(Consent consent) {
        ConsentDocument document = em.find(ConsentDocument.class, consent.id());
        return view(consent, purpose(consent.purposeId()).name(),
                document == null ? null : document.stored().fileName());
    }

    private Map<Long, String> documents(List<Consent> consents) {
        Map<Long, String> names = new HashMap<>();
        if (!consents.isEmpty()) {
            em.createQuery("select d.consentId, d.stored.fileName from ConsentDocument d"
                    + " where d.consentId in :ids", Object[].class)
                    .setParameter("ids", consents.stream().map(Consent::id).toList()).getResultStream()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    private Purpose purpose(long purposeId) {
        Purpose purpose = em.find(Purpose.class, purposeId);
        if (purpose == null) {
            throw new RequestRefused("There is no such purpose: choose one of the list.");
        }
        return purpose;
    }

    private static ConsentView view(Consent consent, String purposeName, String document) {
        return new ConsentView(consent.id(), consent.version(), consent.subjectId(), consent.purposeId(),
                purposeName, consent.noticeVersionId(), consent.wording(), consent.method(), consent.givenOn(),
                consent.evidenceNote(), document, consent.recordedBy(), consent.recordedAt(), consent.context(),
                consent.recordId(), consent.withdrawalMethod(), consent.withdrawnOn(),
                consent.withdrawalRecordedBy(), consent.withdrawalRequestId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

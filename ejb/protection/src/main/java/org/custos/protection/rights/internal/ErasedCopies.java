package org.custos.protection.rights.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.protection.ErasedCopy;
import org.custos.domain.protection.RemovedCopy;
import org.custos.domain.protection.RequestCorrection;
import org.custos.domain.protection.ResponsePack;
import org.custos.domain.protection.ReviewItem;
import org.custos.domain.protection.RightsRequest;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.register.api.PersonErased;
import org.custos.protection.rights.api.ItemField;
import org.custos.protection.rights.internal.response.ErasedLetter;
import org.custos.protection.shared.Dates;

/**
 * D5, R6: erasing a person leaves no copy of their data in the rights requests about them, the erasure request
 * itself included. The requests' texts, the review items (the copies of the records, their redacted copies, the
 * exemption grounds), the corrections and the packs (the data and the letter) become a dated marker; each copy
 * removed is kept as evidence ({@link ErasedCopy}: record, field, size and SHA-256 hash, never the content). Ids,
 * types, dates, states and decisions stay. It runs inside the register's erasure of the person, in its transaction,
 * so both happen or neither does.
 */
@Dependent
class ErasedCopies {

    /** The label of the one field a review item keeps once erased. */
    static final String REMOVED = "Removed";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Principal caller;

    static String marker(LocalDate on) {
        return "Removed on erasure on " + Dates.day(on);
    }

    void erase(@Observes PersonErased erased) {
        List<RightsRequest> requests = em.createQuery("select r from RightsRequest r where r.subjectId = :subject",
                RightsRequest.class).setParameter("subject", erased.subjectId()).getResultList();
        if (requests.isEmpty()) {
            return;
        }
        LocalDate today = calendar.today();
        String marker = marker(today);
        String fieldsMarker = ItemFields.json(List.of(new ItemField(REMOVED, marker)));
        String jsonMarker = Json.createObjectBuilder().add("removed", marker).build().toString();
        byte[] pdfMarker = ErasedLetter.pdf(marker);
        byte[] docxMarker = ErasedLetter.docx(marker);
        Evidence evidence = new Evidence(today, caller.getName());
        for (RightsRequest request : requests) {
            long id = request.id();
            evidence.keep(id, "RightsRequest", id, request.removeTexts(marker));
            for (ReviewItem item : ofRequest(ReviewItem.class, id)) {
                evidence.keep(id, "ReviewItem", item.id(), item.removeContent(fieldsMarker, marker));
            }
            for (RequestCorrection correction : ofRequest(RequestCorrection.class, id)) {
                evidence.keep(id, "RequestCorrection", correction.id(), correction.removeValue(marker));
            }
            ResponsePack pack = em.find(ResponsePack.class, id);
            if (pack != null) {
                evidence.keep(id, "ResponsePack", id, pack.removeContent(jsonMarker, pdfMarker, docxMarker));
            }
        }
        em.flush();
    }

    private <T> List<T> ofRequest(Class<T> type, long requestId) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.requestId = :id", type)
                .setParameter("id", requestId).getResultList();
    }

    /** Keeps what the erasure removed as evidence, without the content. */
    private final class Evidence {

        private final LocalDate on;
        private final String by;

        Evidence(LocalDate on, String by) {
            this.on = on;
            this.by = by;
        }

        void keep(long requestId, String recordType, long recordId, List<RemovedCopy> removed) {
            for (RemovedCopy copy : removed) {
                em.persist(new ErasedCopy(requestId, recordType, Long.toString(recordId), copy.field(), copy.size(),
                        copy.sha256(), on, by));
            }
        }
    }
}
